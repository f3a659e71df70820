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
    a = asyncio.create_task(step(1))
    b = asyncio.create_task(step(2))
    done, pending = await asyncio.wait([a, b], timeout=1)
    marks.append((len(done), ticks))
    running = False
    await tick_task


asyncio.run(main())
print("ticks", ticks, "marks", marks)
