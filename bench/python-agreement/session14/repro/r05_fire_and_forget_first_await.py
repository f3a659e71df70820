# MISS. Expected by CPython: n == 1 and m == 0 (the fire-and-forget task runs up to its first await, then
# asyncio.run cancels it there). weft lists n == 0 and m == 0 only, "complete".
import asyncio

n = 0
m = 0


async def bump():
    global n, m
    n += 1
    await asyncio.sleep(0)
    m += 1


async def main():
    asyncio.create_task(bump())


asyncio.run(main())
