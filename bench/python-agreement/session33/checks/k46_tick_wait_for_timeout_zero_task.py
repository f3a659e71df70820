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

    async def slow():
        await asyncio.sleep(1)
    t = asyncio.create_task(slow())
    await asyncio.sleep(0)
    try:
        await asyncio.wait_for(t, timeout=0)
    except asyncio.TimeoutError:
        marks.append((ticks, t.cancelled()))
    running = False
    await tick_task


asyncio.run(main())
print("ticks", ticks, "marks", marks)
