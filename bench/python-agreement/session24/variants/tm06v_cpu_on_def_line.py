"""A 50 ms blocking call in asyncio.to_thread overlaps a 50 ms asyncio.sleep, then 30 ms of CPU: about 80 ms."""
import asyncio
import time


def blocking_call():
    time.sleep(0.05)
    return 1


def busy(seconds):  # weft: cpu 30ms
    end = time.thread_time() + seconds
    while time.thread_time() < end:
        pass


async def pause():
    await asyncio.sleep(0.05)
    return 2


async def main():
    results = await asyncio.gather(asyncio.to_thread(blocking_call), pause())
    busy(0.03)
    return sum(results)


total = asyncio.run(main())
print(total)
