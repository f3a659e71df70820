# Loop passes: children wait on an Event a third task sets after two passes; gather end.
import asyncio

ticks = 0
stop = False
marks = []


async def ticker():
    global ticks
    while not stop:
        ticks += 1
        await asyncio.sleep(0)


async def waiter(ev, n):
    await ev.wait()
    marks.append((n, ticks))


async def setter(ev):
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    ev.set()


async def body():
    ev = asyncio.Event()
    await asyncio.gather(waiter(ev, 1), waiter(ev, 2), setter(ev))
    marks.append(("end", ticks))

async def main():
    global stop
    t = asyncio.create_task(ticker())
    await body()
    stop = True
    await t
    print(marks)


asyncio.run(main())
