import threading
import time


def crunch(ms: float) -> None:
    end = time.perf_counter() + ms / 1000
    while time.perf_counter() < end:
        pass


def job() -> None:
    crunch(20)  # weft: cpu 20ms


threads = [threading.Thread(target=job) for _ in range(3)]
start = time.perf_counter()
for t in threads:
    t.start()
for t in threads:
    t.join()
print("done")
