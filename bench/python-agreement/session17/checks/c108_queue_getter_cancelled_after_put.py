# no bug: an item put for a waiting getter that is cancelled before it resumes stays in the queue for the next getter
import asyncio

got = []


async def consumer(name, q):
    try:
        item = await q.get()
        got.append(f"{name}:{item}")
    except asyncio.CancelledError:
        got.append(f"{name} cancelled")
        raise


async def main():
    q = asyncio.Queue()
    first = asyncio.create_task(consumer("first", q))
    second = asyncio.create_task(consumer("second", q))
    await asyncio.sleep(0)
    q.put_nowait(7)
    first.cancel()
    await second
    try:
        await first
    except asyncio.CancelledError:
        pass


asyncio.run(main())
print(got)
