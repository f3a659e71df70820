# CHECK (session 19): wait_for(q.get(), 0.05) with the item put at 0.05. CPython 3.11.7: ['timed out', 1]
# in 20 of 20; among weft's 2 outcomes (the other, 'got late', needs the producer's timer first).
import asyncio

log = []


async def producer(q):
    await asyncio.sleep(0.05)
    q.put_nowait("late")


async def main():
    q = asyncio.Queue()
    p = asyncio.create_task(producer(q))
    try:
        item = await asyncio.wait_for(q.get(), 0.05)
        log.append(f"got {item}")
    except asyncio.TimeoutError:
        log.append("timed out")
    await p
    log.append(q.qsize())


asyncio.run(main())
print(log)
