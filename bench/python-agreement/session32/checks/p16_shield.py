# shield of a task, the outer await cancelled (a ticker counts loop passes; each snapshot is the ticks seen at that point)
import asyncio

ticks = 0
snap = {}


async def ticker(n=12):
    global ticks
    for _ in range(n):
        ticks += 1
        await asyncio.sleep(0)


async def work():
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    snap["work"] = ticks
    return 1


async def waiter(inner):
    try:
        await asyncio.shield(inner)
    except asyncio.CancelledError:
        snap["outer_cancelled"] = ticks
        raise


async def main():
    t = asyncio.create_task(ticker())
    inner = asyncio.create_task(work())
    w = asyncio.create_task(waiter(inner))
    await asyncio.sleep(0)
    w.cancel()
    await asyncio.gather(w, return_exceptions=True)
    await inner
    snap["end"] = ticks
    await t


asyncio.run(main())
print(ticks, dict(sorted(snap.items())))
