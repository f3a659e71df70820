"""Display unpacking whose values block: first, second = q.get(), q.get() with two consumers."""
import queue
import threading

q = queue.Queue()
pairs = []


def consumer():
    first, second = q.get(), q.get()
    pairs.append(first * 10 + second)


threads = [threading.Thread(target=consumer) for _ in range(2)]
for t in threads:
    t.start()
for i in range(1, 5):
    q.put(i)
for t in threads:
    t.join()
print(sorted(pairs))
