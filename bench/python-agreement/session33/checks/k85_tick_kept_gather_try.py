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
        await asyncio.sleep(0)
        if n == 2:
            raise ValueError(n)
        return n
    job = asyncio.gather(step(1), step(2))
    try:
        res = await job
    except ValueError:
        marks.append(("error", ticks))
    await asyncio.sleep(0)
    marks.append(ticks)
    running = False
    await tick_task


asyncio.run(main())
print("ticks", ticks, "marks", marks)
