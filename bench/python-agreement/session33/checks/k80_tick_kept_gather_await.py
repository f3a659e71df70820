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
        return n
    job = asyncio.gather(step(1), step(3))
    res = await job
    marks.append((sum(res), ticks))
    running = False
    await tick_task


asyncio.run(main())
print("ticks", ticks, "marks", marks)
