# NOT FIXED EXACTLY (docs/python.md 'Not yet'): two items put for three waiting getters, the first cancelled
# before it resumes: CPython's woken getters take the items in the order they run. CPython 3.11.7: ['first
# cancelled', 'second:1', 'third:2', 0] every run. weft before s18cancel: a deadlock only; now ['first
# cancelled', 'second:2', 'third:1', 0] only (the given-back item goes to the next waiting getter, 'complete'):
# still a silent error.
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
    third = asyncio.create_task(consumer("third", q))
    await asyncio.sleep(0)
    q.put_nowait(1)
    q.put_nowait(2)
    first.cancel()
    await second
    await third
    try:
        await first
    except asyncio.CancelledError:
        pass
    got.append(q.qsize())


asyncio.run(main())
print(got)
