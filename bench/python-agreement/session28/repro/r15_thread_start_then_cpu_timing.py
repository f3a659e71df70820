# timing: main starts a thread that sleeps at once, then computes; weft's thread waits ~15 ms for the GIL,
# CPython's Thread.start() waits for the new thread to start (its `_started` Event), so it sleeps from ~0 ms
import threading
import time


def crunch(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


def uploader() -> None:
    time.sleep(0.06)


t = threading.Thread(target=uploader)
t.start()
result = crunch(200_000) % 1000  # weft: cpu 25ms
t.join()
print(result)
