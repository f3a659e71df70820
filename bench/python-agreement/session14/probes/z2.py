import asyncio

ticks = 0


async def ticker():
    global ticks
    while True:
        ticks += 1
        await asyncio.sleep(0.01)


async def main():
    asyncio.create_task(ticker())
    await asyncio.sleep(0.035)


asyncio.run(main())
