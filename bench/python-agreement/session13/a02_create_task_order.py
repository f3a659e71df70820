# Expected: tasks run in creation order at each await and by sleep length afterwards; log == [1, 2, 3, 20, 30, 10].
import asyncio

log = []


async def step(n, delay):
    log.append(n)
    await asyncio.sleep(delay)
    log.append(n * 10)


async def main():
    tasks = [
        asyncio.create_task(step(1, 0.03)),
        asyncio.create_task(step(2, 0.01)),
        asyncio.create_task(step(3, 0.02)),
    ]
    for task in tasks:
        await task


asyncio.run(main())
print(log)
