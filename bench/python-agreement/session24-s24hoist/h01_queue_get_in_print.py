import queue
import threading

q = queue.Queue()


def producer():
    for n in (1, 2, 3):
        q.put(n * 10)


t = threading.Thread(target=producer)
t.start()
print("first", q.get())
total = q.get() + q.get()
print("rest", total)
t.join()
