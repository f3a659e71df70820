# Timing: two threads each do ten 2 ms pieces of CPU work; under the GIL they share one core, so the
# makespan is about 40 ms, not 20.
import threading

results = [0, 0]


def crunch(n):
    total = 0
    for i in range(n):
        total += i * i
    return total


def worker(index):
    for _ in range(10):
        results[index] += crunch(58000) % 7  # weft: cpu 2ms


threads = [threading.Thread(target=worker, args=(i,)) for i in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"results={results}")
