# check: asyncio.Queue: a woken getter whose item another task took first waits again; later items go to whoever runs first
import asyncio

got = []


async def consumer(q, name):
    item = await q.get()
    got.append((name, item))


async def main():
    q = asyncio.Queue()
    c1 = asyncio.create_task(consumer(q, "c1"))
    await asyncio.sleep(0)
    c2 = asyncio.create_task(consumer(q, "c2"))
    await asyncio.sleep(0)
    q.put_nowait(1)
    mine = await q.get()
    got.append(("main", mine))
    q.put_nowait(2)
    q.put_nowait(3)
    await asyncio.gather(c1, c2)


asyncio.run(main())
