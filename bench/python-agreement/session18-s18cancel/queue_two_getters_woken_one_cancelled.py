# two items put for three waiting getters, the first cancelled before it resumes: CPython's woken getters take
# the items in the order they run. CPython 3.11.7 (10 runs): ['first cancelled', 'second:1', 'third:2', 0]
# every run. weft before s18cancel: a deadlock only, 'complete'; with the first give-back (handing the item to
# the next waiting getter) ['first cancelled', 'second:2', 'third:1', 0] only; now CPython's state only: the
# getters woken after the cancelled one take the item before their own (engine/cancelled_handoff.rs).
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
