# Loop passes: awaiting a task that ended passes ago.
import asyncio

ticks = 0
stop = False
marks = []


async def ticker():
    global ticks
    while not stop:
        ticks += 1
        await asyncio.sleep(0)


async def quick():
    return 1


async def body():
    t = asyncio.create_task(quick())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    marks.append(("before", ticks))
    await t
    marks.append(("after", ticks))

async def main():
    global stop
    t = asyncio.create_task(ticker())
    await body()
    stop = True
    await t
    print(marks)


asyncio.run(main())
