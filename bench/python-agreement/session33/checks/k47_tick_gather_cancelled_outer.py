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
    tick_task = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    before = ticks

    async def child(n):
        await asyncio.sleep(n)
    async def runner():
        await asyncio.gather(child(1), child(2))
    r = asyncio.create_task(runner())
    await asyncio.sleep(0)
    r.cancel()
    try:
        await r
    except asyncio.CancelledError:
        marks.append(ticks)
    running = False
    await tick_task


asyncio.run(main())
print("ticks", ticks, "marks", marks)
