# tasks gathered into a name, then `try: await asyncio.wait_for(job, t)`: a slow child makes the time-out
# cancel the slow one; a ticker counts six passes from the start
import asyncio

ticks = 0
done = []


async def ticker():
    global ticks
    for _ in range(6):
        ticks += 1
        await asyncio.sleep(0)


async def fetch(name, delay):
    try:
        await asyncio.sleep(delay)
        done.append(name)
    except asyncio.CancelledError:
        done.append(name + " cancelled")
        raise


async def main():
    tick = asyncio.create_task(ticker())
    fast = asyncio.create_task(fetch("fast", 0.01))
    slow = asyncio.create_task(fetch("slow", 0.5))
    job = asyncio.gather(fast, slow)
    try:
        await asyncio.wait_for(job, timeout=0.1)
        status = "all"
    except asyncio.TimeoutError:
        status = "timed out"
    await tick
    return status


status = asyncio.run(main())
print("status:", status, "done:", done, "ticks:", ticks)
