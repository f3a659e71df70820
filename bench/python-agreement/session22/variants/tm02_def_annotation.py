# timing: two threads each do 25 ms of pure-Python CPU work; under the GIL they take about 50 ms, then 20 ms of sleep
import threading
import time


def crunch(n):  # weft: cpu 25ms
    total = 0
    for i in range(n):
        total += i
    return total


def job(results):
    results.append(crunch(700_000))


results = []
workers = [threading.Thread(target=job, args=(results,)) for _ in range(2)]
for w in workers:
    w.start()
for w in workers:
    w.join()
time.sleep(0.02)
print(len(results), results[0] == results[1])
