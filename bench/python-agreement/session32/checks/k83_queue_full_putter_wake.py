# asyncio.Queue(maxsize=1): a blocked putter is woken by get_nowait; the order items come out.
import asyncio

out = []


async def putter(q, x):
    await q.put(x)


async def main():
    q = asyncio.Queue(maxsize=1)
    await q.put(0)
    p1 = asyncio.create_task(putter(q, 1))
    p2 = asyncio.create_task(putter(q, 2))
    await asyncio.sleep(0)
    out.append(q.get_nowait())
    await asyncio.sleep(0)
    out.append(q.get_nowait())
    await asyncio.sleep(0)
    out.append(q.get_nowait())
    await asyncio.gather(p1, p2)


asyncio.run(main())
print(out)
