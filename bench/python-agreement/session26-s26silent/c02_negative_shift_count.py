# `1 << n` with n taken from a queue, -1 the second time: ValueError "negative shift count" kills the
# thread before its second append.
import queue
import threading

counts = queue.Queue()
masks = []


def worker():
    for _ in range(2):
        n = counts.get()
        masks.append(1 << n)


counts.put(4)
counts.put(-1)
t = threading.Thread(target=worker)
t.start()
t.join()
print(masks)
