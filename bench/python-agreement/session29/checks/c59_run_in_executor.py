import asyncio
import time

results = []


def blocking(n):
    time.sleep(0.002 * n)
    return n * 11


async def main():
    loop = asyncio.get_running_loop()
    futs = [loop.run_in_executor(None, blocking, n) for n in (2, 1)]
    for coro in asyncio.as_completed(futs):
        results.append(await coro)


asyncio.run(main())
print(results)
