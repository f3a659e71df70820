# Loop passes: asyncio.Condition: a waiter notified by a task after one pass.
import asyncio

ticks = 0
stop = False
marks = []


async def ticker():
    global ticks
    while not stop:
        ticks += 1
        await asyncio.sleep(0)


async def waiter(cond):
    async with cond:
        await cond.wait()
        marks.append(("woke", ticks))


async def notifier(cond):
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
        marks.append(("notified", ticks))


async def body():
    cond = asyncio.Condition()
    await asyncio.gather(waiter(cond), notifier(cond))
    marks.append(("end", ticks))

async def main():
    global stop
    t = asyncio.create_task(ticker())
    await body()
    stop = True
    await t
    print(marks)


asyncio.run(main())
