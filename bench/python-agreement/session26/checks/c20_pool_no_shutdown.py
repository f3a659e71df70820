import time
from concurrent.futures import ThreadPoolExecutor

done: list[int] = []


def job(n: int) -> None:
    time.sleep(0.02)
    done.append(n)


pool = ThreadPoolExecutor(max_workers=2)
for n in range(3):
    pool.submit(job, n)
early = len(done)
