"""A consumer waits on q.get(); main puts an item and cancels the consumer at once: the item stays queued."""
import asyncio

got = []
left = -1


async def consumer(q):
    got.append(await q.get())


async def main():
    global left
    q = asyncio.Queue()
    c = asyncio.create_task(consumer(q))
    await asyncio.sleep(0)
    q.put_nowait("x")
    c.cancel()
    try:
        await c
    except asyncio.CancelledError:
        pass
    left = q.qsize()


asyncio.run(main())
print(got, left)
