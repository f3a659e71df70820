"""Float locals bound again at run time: a running total of queue items, a halving with `/=`, a float
literal times a run-time value, a global rebound by the module itself."""
import queue
import threading

q = queue.Queue()
results = []
scale = 1.0
scale = scale * 3


def worker():
    total = 0.0
    for _ in range(3):
        total += q.get()
    half = total
    half /= 2
    tenth = half * 0.1
    results.append((total, half, tenth, 0.5 * total - 1.0))


t = threading.Thread(target=worker)
t.start()
for v in [0.1, 0.2, 0.3]:
    q.put(v * scale)
t.join()
print(results)
