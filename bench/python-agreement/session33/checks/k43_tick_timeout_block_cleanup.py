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
        try:
            await asyncio.sleep(1)
        finally:
            await asyncio.sleep(0)
            marks.append(("finally", ticks))
    try:
        async with asyncio.timeout(0):
            await slow()
    except TimeoutError:
        marks.append(("timeout", ticks))
    running = False
    await tick_task


asyncio.run(main())
print("ticks", ticks, "marks", marks)
