# a class with async __aenter__/__aexit__ that sleep (a ticker counts loop passes; each snapshot is the ticks seen at that point)
import asyncio

ticks = 0
snap = {}


async def ticker(n=12):
    global ticks
    for _ in range(n):
        ticks += 1
        await asyncio.sleep(0)


class Session:
    async def __aenter__(self):
        await asyncio.sleep(0)
        snap["enter"] = ticks
        return self

    async def __aexit__(self, *exc):
        await asyncio.sleep(0)
        snap["exit"] = ticks
        return False


async def main():
    t = asyncio.create_task(ticker())
    async with Session():
        snap["body"] = ticks
    await t


asyncio.run(main())
print(ticks, dict(sorted(snap.items())))
