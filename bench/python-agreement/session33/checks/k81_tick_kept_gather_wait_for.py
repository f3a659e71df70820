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
        return n
    job = asyncio.gather(step(2), step(1))
    res = await asyncio.wait_for(job, timeout=5)
    marks.append((sum(res), ticks))
    running = False
    await tick_task


asyncio.run(main())
print("ticks", ticks, "marks", marks)
