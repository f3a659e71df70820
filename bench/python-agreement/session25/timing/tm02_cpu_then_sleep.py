import threading
import time


def checksum(n):
    total = 0
    for i in range(n):
        total = (total + i * i) % 1000003
    return total


results = {}


def job(name, n):
    results[name] = checksum(n)  # weft: cpu 20ms
    time.sleep(0.02)


threads = [threading.Thread(target=job, args=(f"j{i}", 100000)) for i in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
