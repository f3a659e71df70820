import asyncio

ticks = 0
running = True
gate = None


async def ticker():
    global ticks
    while running:
        ticks += 1
        await asyncio.sleep(0)


async def sleeper():
    await gate.wait()


async def main():
    global running, gate
    gate = asyncio.Event()
    tick_task = asyncio.create_task(ticker())
    s = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    s.cancel()
    try:
        await s
    except asyncio.CancelledError:
        pass
    running = False
    await tick_task


asyncio.run(main())
print(ticks)
