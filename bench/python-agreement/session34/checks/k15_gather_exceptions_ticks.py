# gather(return_exceptions=True) of children that raise at different passes; a ticker counts passes.
import asyncio

ticks = 0
stop = False
kinds = []
ends_at = []


async def ticker():
    global ticks
    while not stop:
        ticks += 1
        await asyncio.sleep(0)


async def child(n):
    for _ in range(n):
        await asyncio.sleep(0)
    if n % 2:
        raise ValueError(n)
    return n


async def main():
    global stop
    t = asyncio.create_task(ticker())
    results = await asyncio.gather(child(1), child(2), child(3), return_exceptions=True)
    ends_at.append(ticks)
    stop = True
    await t
    for r in results:
        kinds.append(type(r).__name__)
    print(kinds, ends_at)


asyncio.run(main())
