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
    t = asyncio.create_task(asyncio.sleep(1))
    done, pending = await asyncio.wait([t], timeout=0)
    marks.append((len(done), ticks))
    t.cancel()
    running = False
    await tick_task


asyncio.run(main())
print(ticks, marks)
