# Loop passes: a TaskGroup of children needing 0, 1 and 3 passes; ticks when the group ends.
import asyncio

ticks = 0
stop = False
marks = []


async def ticker():
    global ticks
    while not stop:
        ticks += 1
        await asyncio.sleep(0)


async def child(n):
    for _ in range(n):
        await asyncio.sleep(0)
    marks.append((n, ticks))


async def body():
    async with asyncio.TaskGroup() as tg:
        for n in (0, 1, 3):
            tg.create_task(child(n))
    marks.append(("end", ticks))

async def main():
    global stop
    t = asyncio.create_task(ticker())
    await body()
    stop = True
    await t
    print(marks)


asyncio.run(main())
