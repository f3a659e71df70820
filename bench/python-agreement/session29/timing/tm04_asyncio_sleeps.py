import asyncio
import time

finished = 0


async def job(delay):
    global finished
    await asyncio.sleep(delay)
    finished += 1


async def main():
    await asyncio.gather(job(0.2), job(0.1), job(0.15))
    await job(0.05)


start = time.perf_counter()
asyncio.run(main())
print(finished, f"{time.perf_counter() - start:.3f}s")
