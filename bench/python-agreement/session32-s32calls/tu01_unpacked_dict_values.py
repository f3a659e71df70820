# Two consumers drain one queue and each records its (count, total) pair in a shared dict; the main
# thread reads the pairs back with tuple targets: `for n, _ in d.values()`, `for k, (n, t) in d.items()`
import queue
import threading

jobs = queue.Queue()
for n in (5, 7, 1, 4):
    jobs.put(n)
sink = {}


def consumer(name):
    seen = 0
    total = 0
    while True:
        try:
            item = jobs.get_nowait()
        except queue.Empty:
            break
        seen += 1
        total += item
    sink[name] = (seen, total)


threads = [threading.Thread(target=consumer, args=(name,)) for name in ("c0", "c1")]
for t in threads:
    t.start()
for t in threads:
    t.join()
calls = 0
for n, _ in sink.values():
    calls += n
largest = 0
for key, (n, total) in sink.items():
    if total > largest:
        largest = total
grand = sum(total for _, total in sink.values())
print("calls:", calls, "largest:", largest, "grand:", grand)
