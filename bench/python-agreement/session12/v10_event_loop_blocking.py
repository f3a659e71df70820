import asyncio, time
ticks = 0
async def ticker():
    global ticks
    for _ in range(3):
        await asyncio.sleep(0.01)
        ticks += 1
async def blocker():
    time.sleep(0.05)
async def main():
    await asyncio.gather(ticker(), blocker())
asyncio.run(main())
print(ticks)
