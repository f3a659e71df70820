# True and 1 are the same dict key
import queue
import threading

q = queue.Queue()
flags = {}
size = 0
value = ""


def worker():
    global size, value
    key = q.get()
    flags[1] = "one"
    flags[key] = "true"
    size = len(flags)
    value = flags[1]


t = threading.Thread(target=worker)
t.start()
q.put(True)
t.join()
print(size, value)
