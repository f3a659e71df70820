# check: wait_for(q.get(), t) that times out loses no item: a later put is got by the next get
import asyncio

got = []


async def producer(q):
    await asyncio.sleep(0.02)
    await q.put("late")


async def main():
    q = asyncio.Queue()
    p = asyncio.create_task(producer(q))
    try:
        item = await asyncio.wait_for(q.get(), 0.005)
        got.append(item)
    except asyncio.TimeoutError:
        got.append("timeout")
    item = await q.get()
    got.append(item)
    await p


asyncio.run(main())
