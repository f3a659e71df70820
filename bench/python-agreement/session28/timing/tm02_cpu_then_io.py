import threading
import time


def crunch(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


result = 0


def io_task() -> None:
    time.sleep(0.05)


t = threading.Thread(target=io_task)
t.start()
result = crunch(150_000) % 1000  # weft: cpu 20ms
t.join()
print(f"result={result}")
