# loop.call_soon callback runs a pass later (a ticker counts loop passes; each snapshot is the ticks seen at that point)
import asyncio

ticks = 0
snap = {}


async def ticker(n=12):
    global ticks
    for _ in range(n):
        ticks += 1
        await asyncio.sleep(0)


def mark():
    snap["cb"] = ticks


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    loop.call_soon(mark)
    await asyncio.sleep(0)
    snap["main"] = ticks
    await t


asyncio.run(main())
print(ticks, dict(sorted(snap.items())))
