# check: a task cancelled while blocked in asyncio.Queue.get() leaves the next item to the other getter
import asyncio

got = []


async def getter(q, name):
    try:
        item = await q.get()
        got.append((name, item))
    except asyncio.CancelledError:
        got.append((name, "cancelled"))
        raise


async def main():
    q = asyncio.Queue()
    a = asyncio.create_task(getter(q, "a"))
    await asyncio.sleep(0)
    b = asyncio.create_task(getter(q, "b"))
    await asyncio.sleep(0)
    a.cancel()
    await asyncio.sleep(0)
    q.put_nowait(1)
    await asyncio.sleep(0.01)


asyncio.run(main())
