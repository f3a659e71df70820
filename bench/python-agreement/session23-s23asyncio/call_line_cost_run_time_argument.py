# A whole call of a run-time argument: its body is one atomic step; its unseen loop is left out.
import queue
import threading

q = queue.Queue()
done = []


def handle(item):
    spin = 0
    for i in range(200_000):
        spin ^= i
    scaled = item
    for k in range(3):
        scaled = scaled * 2 + k
    return scaled


def consumer():
    while (item := q.get()) is not None:
        done.append(handle(item))  # weft: cpu 3ms


t = threading.Thread(target=consumer)
t.start()
for value in (1, 2, 3):
    q.put(value)
q.put(None)
t.join()
print(done)
