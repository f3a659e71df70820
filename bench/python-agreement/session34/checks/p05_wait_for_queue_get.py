# Loop passes: wait_for(q.get(), timeout) where a task puts after two passes.
import asyncio

ticks = 0
stop = False
marks = []


async def ticker():
    global ticks
    while not stop:
        ticks += 1
        await asyncio.sleep(0)


async def putter(q):
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    q.put_nowait(5)


async def body():
    q = asyncio.Queue()
    p = asyncio.create_task(putter(q))
    value = await asyncio.wait_for(q.get(), timeout=1)
    marks.append((value, ticks))
    await p

async def main():
    global stop
    t = asyncio.create_task(ticker())
    await body()
    stop = True
    await t
    print(marks)


asyncio.run(main())
