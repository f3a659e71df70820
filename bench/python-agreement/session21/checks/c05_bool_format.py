# a bool with a format spec is formatted as an int
import queue
import threading

q = queue.Queue()
padded = ""
plain = ""
as_number = 0


def worker():
    global padded, plain, as_number
    flag = q.get() > 2
    padded = f"{flag:>5}"
    plain = f"{flag}"
    as_number = flag + flag


t = threading.Thread(target=worker)
t.start()
q.put(5)
t.join()
print(repr(padded), plain, as_number)
