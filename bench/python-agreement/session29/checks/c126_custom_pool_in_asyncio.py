import asyncio
import time
from concurrent.futures import ThreadPoolExecutor

done = []


def blocking(n):
    time.sleep(0.002 * n)
    done.append(n)
    return n


async def main():
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(max_workers=1) as pool:
        results = await asyncio.gather(loop.run_in_executor(pool, blocking, 2), loop.run_in_executor(pool, blocking, 1))
    return sum(results)


total = asyncio.run(main())
print(done, total)
