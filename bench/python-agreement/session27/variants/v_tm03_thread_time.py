"""CPU work in two threads is serialised by the GIL: 2 x 30 ms of CPU is about 60 ms."""
import threading
import time


def burn(seconds: float) -> None:
    end = time.thread_time() + seconds
    while time.thread_time() < end:
        pass


def crunch() -> None:
    burn(0.03)  # weft: cpu 30ms


threads = [threading.Thread(target=crunch) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("done")
