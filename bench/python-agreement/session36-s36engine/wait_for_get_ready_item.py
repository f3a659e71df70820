"""A get that finds its item at once, under a short wait_for: the producer put the item before the
consumer waits, so CPython's get task takes it and returns in its first step, before any timer.
CPython 3.11: `1 0` in every run (got the item, no time-out)."""
import asyncio

got = 0
timeouts = 0


async def main():
    global got, timeouts
    q = asyncio.Queue()
    q.put_nowait(7)
    try:
        item = await asyncio.wait_for(q.get(), timeout=0.001)
        got = 1 if item == 7 else 0
    except asyncio.TimeoutError:
        timeouts += 1
    if got == 0 and q.qsize() == 0:
        got = -1


asyncio.run(main())
print(got, timeouts)
