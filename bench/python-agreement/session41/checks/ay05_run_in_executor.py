# check: loop.run_in_executor with an explicit thread pool, results gathered in order
import asyncio
from concurrent.futures import ThreadPoolExecutor
import time

log = []


def blocking(n):
    time.sleep(0.001 * (3 - n))
    log.append(n)
    return n * 100


async def main():
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(max_workers=3) as pool:
        res = await asyncio.gather(*(loop.run_in_executor(pool, blocking, n) for n in range(3)))
    log.append(sum(res))


asyncio.run(main())
print(log)
