# as_completed over tasks of different sleep(0) counts (a ticker counts loop passes; each snapshot is the ticks seen at that point)
import asyncio

ticks = 0
snap = {}


async def ticker(n=12):
    global ticks
    for _ in range(n):
        ticks += 1
        await asyncio.sleep(0)


async def spin(n):
    for _ in range(n):
        await asyncio.sleep(0)
    return n


async def main():
    t = asyncio.create_task(ticker())
    order = 0
    for fut in asyncio.as_completed([spin(3), spin(1), spin(2)]):
        n = await fut
        snap[f"n{n}"] = ticks
        order += 1
    snap["end"] = ticks
    await t


asyncio.run(main())
print(ticks, dict(sorted(snap.items())))
