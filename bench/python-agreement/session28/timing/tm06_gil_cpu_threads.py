import threading
import time


def crunch(n: int) -> int:
    total = 0
    for i in range(n):
        total += i % 7
    return total


def worker() -> None:
    crunch(180_000)  # weft: cpu 25ms
    time.sleep(0.02)


threads = [threading.Thread(target=worker) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("done")
