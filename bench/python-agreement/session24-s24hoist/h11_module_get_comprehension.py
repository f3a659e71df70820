import queue
import threading

q = queue.Queue()


def producer():
    for n in (3, 4, 5):
        q.put(n)


t = threading.Thread(target=producer)
t.start()
values = [q.get() * 2 for _ in range(3)]
first = values[0]
total = sum(values)
t.join()
