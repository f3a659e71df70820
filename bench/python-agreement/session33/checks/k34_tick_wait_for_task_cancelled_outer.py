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

    async def inner():
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        return 4
    v = await asyncio.wait_for(asyncio.create_task(inner()), timeout=5)
    marks.append((v, ticks))
    running = False
    await tick_task


asyncio.run(main())
print("ticks", ticks, "marks", marks)
