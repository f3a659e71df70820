"""wait_for(q.put(x), timeout) on a bounded asyncio.Queue with room: the put lands, no time-out."""
import asyncio

timeouts = 0
size = 0


async def producer(q, n):
    global timeouts
    try:
        await asyncio.wait_for(q.put(n), timeout=0.004)
    except asyncio.TimeoutError:
        timeouts += 1


async def main():
    global size
    q = asyncio.Queue(maxsize=2)
    await asyncio.gather(producer(q, 1), producer(q, 2))
    size = q.qsize()


asyncio.run(main())
print(size, timeouts)
