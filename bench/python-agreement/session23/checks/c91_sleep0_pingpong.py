# check: two tasks alternating with await asyncio.sleep(0) interleave strictly
import asyncio

trace = []


async def player(n):
    for i in range(3):
        trace.append(n * 10 + i)
        await asyncio.sleep(0)


async def main():
    await asyncio.gather(player(1), player(2))


asyncio.run(main())
