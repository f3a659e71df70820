# No miss, for contrast: main yields once after creating the task. CPython: n == 1, m == 1, k == 0
# (the task gets two steps before asyncio.run cancels it). weft lists it among 4 outcomes, "complete".
import asyncio

n = 0
m = 0
k = 0


async def bump():
    global n, m, k
    n += 1
    await asyncio.sleep(0)
    m += 1
    await asyncio.sleep(0)
    k += 1


async def main():
    asyncio.create_task(bump())
    await asyncio.sleep(0)


asyncio.run(main())
