# how many more steps does a background task take after main returns, before asyncio.run cancels it?
import asyncio

progress = 0
at_return = -1


async def worker():
    global progress
    for _ in range(10):
        progress += 1
        await asyncio.sleep(0)


async def main():
    global at_return
    asyncio.create_task(worker())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    at_return = progress


asyncio.run(main())
print(at_return, progress)
