import time
from concurrent.futures import ThreadPoolExecutor

initialised = 0
handled: list[int] = []


def init_worker() -> None:
    global initialised
    initialised += 1


def handle(n: int) -> None:
    handled.append(n)


with ThreadPoolExecutor(max_workers=3, initializer=init_worker) as pool:
    for n in range(3):
        pool.submit(handle, n)
        time.sleep(0.01)
count = len(handled)
print(initialised, count)
