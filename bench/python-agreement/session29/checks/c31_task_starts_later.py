# a new task's first step runs only when main awaits: it always sees ready = 1
import asyncio

ready = 0
seen = -1


async def reader():
    global seen
    seen = ready


async def main():
    global ready
    task = asyncio.create_task(reader())
    ready = 1
    await task


asyncio.run(main())
print(seen)
