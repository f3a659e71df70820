# BUG: an async def submitted to a thread pool: the job returns a coroutine object; the body never runs
from concurrent.futures import ThreadPoolExecutor

log = []


async def refresh(n):
    log.append(n)


with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(refresh, n) for n in range(2)]
print(log)
