# check: loop.run_in_executor with a ThreadPoolExecutor of one thread runs the jobs one after another
import asyncio
import time
from concurrent.futures import ThreadPoolExecutor

log = []


def blocking(n):
    time.sleep(0.005)
    log.append(n)
    return n


async def main():
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(max_workers=1) as pool:
        a = loop.run_in_executor(pool, blocking, 1)
        b = loop.run_in_executor(pool, blocking, 2)
        x = await b
        y = await a
    log.append(x * 10 + y)


asyncio.run(main())
