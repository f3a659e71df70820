# Loop passes: await asyncio.shield(task) of a task needing two passes.
import asyncio

ticks = 0
stop = False
marks = []


async def ticker():
    global ticks
    while not stop:
        ticks += 1
        await asyncio.sleep(0)


async def job():
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    return 3


async def body():
    t = asyncio.create_task(job())
    v = await asyncio.shield(t)
    marks.append((v, ticks))

async def main():
    global stop
    t = asyncio.create_task(ticker())
    await body()
    stop = True
    await t
    print(marks)


asyncio.run(main())
