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
    ok = await asyncio.wait_for(ev.wait(), timeout=5)
    marks.append((ok, ticks))
    await s
    running = False
    await tick_task


asyncio.run(main())
print("ticks", ticks, "marks", marks)
