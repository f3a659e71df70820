"""loop.run_in_executor(None, f) runs blocking calls in the default thread pool; gather keeps argument order."""
import asyncio
import time


def blocking(n):
    time.sleep(0.01 * (3 - n))
    return n * n


async def main():
    loop = asyncio.get_running_loop()
    results = await asyncio.gather(*(loop.run_in_executor(None, blocking, n) for n in range(3)))
    return sum(results) * 10 + results[2]


value = asyncio.run(main())
print(value)
