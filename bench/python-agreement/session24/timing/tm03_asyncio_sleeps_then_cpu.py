"""asyncio.gather of 20, 40 and 60 ms sleeps, then 20 ms of CPU work: about 80 ms."""
import asyncio
import time


def crunch(seconds):
    end = time.thread_time() + seconds
    total = 0
    while time.thread_time() < end:
        total += 1
    return total


async def wait(seconds):
    await asyncio.sleep(seconds)
    return seconds


async def main():
    waits = await asyncio.gather(wait(0.02), wait(0.04), wait(0.06))
    crunch(0.02)  # weft: cpu 20ms
    return len(waits)


count = asyncio.run(main())
print(count)
