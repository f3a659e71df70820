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

    async def leaf(n):
        for _ in range(n):
            await asyncio.sleep(0)
        return n
    async def branch():
        return await asyncio.gather(leaf(1), leaf(2))
    res = await asyncio.gather(branch(), leaf(1))
    marks.append(ticks)
    running = False
    await tick_task


asyncio.run(main())
print("ticks", ticks, "marks", marks)
