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
    barrier = asyncio.Barrier(2)
    tick_task = asyncio.create_task(ticker())
    await asyncio.sleep(0)

    async def party():
        await asyncio.sleep(0)
        await barrier.wait()
        marks.append(("party", ticks))
    p = asyncio.create_task(party())
    await barrier.wait()
    marks.append(ticks)
    await p
    marks.append(ticks)
    running = False
    await tick_task


asyncio.run(main())
print("ticks", ticks, "marks", marks)
