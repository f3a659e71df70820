# Loop passes: Semaphore(1) released by a holder after two passes wakes the waiter.
import asyncio

ticks = 0
stop = False
marks = []


async def ticker():
    global ticks
    while not stop:
        ticks += 1
        await asyncio.sleep(0)


async def holder(sem):
    async with sem:
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        marks.append(("h", ticks))


async def waiter(sem):
    async with sem:
        marks.append(("w", ticks))


async def body():
    sem = asyncio.Semaphore(1)
    await asyncio.gather(holder(sem), waiter(sem))
    marks.append(("end", ticks))

async def main():
    global stop
    t = asyncio.create_task(ticker())
    await body()
    stop = True
    await t
    print(marks)


asyncio.run(main())
