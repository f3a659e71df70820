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

    async def step(n):
        for _ in range(n):
            await asyncio.sleep(0)
        marks.append((n, ticks))
    async with asyncio.TaskGroup() as tg:
        tg.create_task(step(1))
        tg.create_task(step(3))
    marks.append(ticks)
    running = False
    await tick_task


asyncio.run(main())
print("ticks", ticks, "marks", marks)
