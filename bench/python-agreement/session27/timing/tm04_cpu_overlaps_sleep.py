"""One thread computes (40 ms of CPU) while another waits on I/O (50 ms sleep): they overlap, about 50 ms."""
import threading
import time


def burn(seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        pass


def compute() -> None:
    burn(0.04)  # weft: cpu 40ms


def wait_io() -> None:
    time.sleep(0.05)


threads = [threading.Thread(target=compute), threading.Thread(target=wait_io)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("done")
