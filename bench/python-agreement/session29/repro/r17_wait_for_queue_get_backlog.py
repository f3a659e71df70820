# SILENT ERROR (weft-start), the common idiom: a consumer takes items with `await asyncio.wait_for(q.get(), 1)`
# while a producer puts one item per loop pass. Each wait_for costs CPython a pass for its task's first
# step and two after the get (done callback, wake-up), one more than weft counts, so the backlog the
# consumer sees is larger in CPython. CPython 3.11.7:
# backlog=[3, 4, 3] in every run; weft lists only [2, 3, 3], "complete".
import asyncio

backlog = []


async def producer(q):
    for i in range(6):
        await q.put(i)
        await asyncio.sleep(0)


async def consumer(q):
    for _ in range(3):
        await asyncio.wait_for(q.get(), timeout=1)
        backlog.append(q.qsize())


async def main():
    q = asyncio.Queue()
    await asyncio.gather(producer(q), consumer(q))


asyncio.run(main())
print("backlog", backlog)
