# chained comparisons and string order by code point
import queue
import threading

q = queue.Queue()
in_range = 0
upper_first = 0
digits_text = 0


def worker():
    global in_range, upper_first, digits_text
    x = q.get()
    in_range = 1 if 0 < x < 10 else 2
    upper_first = 1 if "B" < "a" else 2
    digits_text = 1 if str(x) < "10" else 2


t = threading.Thread(target=worker)
t.start()
q.put(9)
t.join()
print(in_range, upper_first, digits_text)
