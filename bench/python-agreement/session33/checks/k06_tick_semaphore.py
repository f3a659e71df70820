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
    sem = asyncio.Semaphore(1)
    tick_task = asyncio.create_task(ticker())
    await asyncio.sleep(0)

    async def user():
        async with sem:
            await asyncio.sleep(0)
    u = asyncio.create_task(user())
    await asyncio.sleep(0)
    async with sem:
        marks.append(ticks)
    await u
    marks.append(ticks)
    running = False
    await tick_task


asyncio.run(main())
print("ticks", ticks, "marks", marks)
