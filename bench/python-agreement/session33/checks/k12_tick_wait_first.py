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
    a = asyncio.create_task(step(1))
    b = asyncio.create_task(step(4))
    done, pending = await asyncio.wait([a, b], return_when=asyncio.FIRST_COMPLETED)
    marks.append(ticks)
    marks.append(len(done))
    await b
    marks.append(ticks)
    running = False
    await tick_task


asyncio.run(main())
print("ticks", ticks, "marks", marks)
