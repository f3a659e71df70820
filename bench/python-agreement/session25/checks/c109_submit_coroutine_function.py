# check: submitting a coroutine function to a thread pool returns a coroutine object; the body never runs
from concurrent.futures import ThreadPoolExecutor

log = []


async def fetch():
    log.append("fetched")
    return 1


with ThreadPoolExecutor(max_workers=1) as pool:
    f = pool.submit(fetch)
    f.result()
count = len(log)
print(count)
