"""A put blocked on a full asyncio.Queue is cancelled: its item never goes in."""
import asyncio

size_after = 0
state = "new"
got = []


async def blocked_put(q):
    global state
    try:
        await q.put(2)
        state = "put"
    except asyncio.CancelledError:
        state = "cancelled"
        raise


async def main():
    global size_after
    q = asyncio.Queue(maxsize=1)
    await q.put(1)
    task = asyncio.create_task(blocked_put(q))
    await asyncio.sleep(0.01)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        pass
    size_after = q.qsize()
    got.append(await q.get())


if __name__ == "__main__":
    asyncio.run(main())
