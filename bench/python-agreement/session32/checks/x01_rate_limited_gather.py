# four requests under Semaphore(2), each two passes of work (a ticker counts loop passes; snap holds the ticks seen at each point)
import asyncio

ticks = 0
snap = {}


async def ticker(n=25):
    global ticks
    for _ in range(n):
        ticks += 1
        await asyncio.sleep(0)


async def request(i, sem):
    async with sem:
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        snap[f"r{i}"] = ticks
    return i


async def main():
    sem = asyncio.Semaphore(2)
    t = asyncio.create_task(ticker())
    results = await asyncio.gather(*(request(i, sem) for i in range(4)))
    snap["end"] = ticks
    snap["sum"] = sum(results)
    await t


asyncio.run(main())
print(ticks, dict(sorted(snap.items())))
