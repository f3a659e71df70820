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
    before = ticks

    async def step():
        await asyncio.sleep(0)
        await asyncio.sleep(0)
    t = asyncio.create_task(step())
    done, pending = await asyncio.wait([t], timeout=0)
    marks.append((len(done), ticks))
    await t
    marks.append(ticks)
    running = False
    await tick_task


asyncio.run(main())
print("ticks", ticks, "marks", marks)
