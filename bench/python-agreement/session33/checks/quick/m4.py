import asyncio

ticks = 0
running = True


async def ticker():
    global ticks
    while running:
        ticks += 1
        await asyncio.sleep(0)


async def sleeper():
    await asyncio.sleep(1)


async def main():
    global running
    tick_task = asyncio.create_task(ticker())
    s = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    s.cancel()
    await asyncio.sleep(0)
    try:
        await s
    except asyncio.CancelledError:
        pass
    running = False
    await tick_task


asyncio.run(main())
print(ticks)
