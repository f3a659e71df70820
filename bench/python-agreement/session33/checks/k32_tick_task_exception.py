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

    async def bad():
        await asyncio.sleep(0)
        raise ValueError("x")
    t = asyncio.create_task(bad())
    try:
        await t
    except ValueError:
        marks.append(ticks)
    marks.append(ticks)
    running = False
    await tick_task


asyncio.run(main())
print("ticks", ticks, "marks", marks)
