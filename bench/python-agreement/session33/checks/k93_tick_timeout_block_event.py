import asyncio

ticks = 0
running = True
marks = []


async def ticker():
    global ticks
    while running:
        ticks += 1
        await asyncio.sleep(0)


async def main():
    global running
    ev = asyncio.Event()
    tick_task = asyncio.create_task(ticker())
    await asyncio.sleep(0)

    async def setter():
        await asyncio.sleep(0)
        ev.set()
    s = asyncio.create_task(setter())
    async with asyncio.timeout(5):
        await ev.wait()
    marks.append(ticks)
    await s
    running = False
    await tick_task


asyncio.run(main())
print("ticks", ticks, "marks", marks)
