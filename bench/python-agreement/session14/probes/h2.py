import asyncio

c = 0


async def noop():
    return 1


async def inc():
    global c
    v = c
    await noop()
    c = v + 1


async def main():
    await asyncio.gather(inc(), inc(), inc())


asyncio.run(main())
