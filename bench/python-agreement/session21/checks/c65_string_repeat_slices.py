# repeating by a negative count and slicing past the ends give empty strings
import queue
import threading

q = queue.Queue()
bar = "?"
tail = "?"
head = "?"


def worker():
    global bar, tail, head
    n = q.get()
    word = q.get()
    bar = "=" * (n - 5)
    tail = word[n:]
    head = word[-100:2]


t = threading.Thread(target=worker)
t.start()
q.put(3)
q.put("ab")
t.join()
print(repr(bar), repr(tail), repr(head))
