# an Event set wakes two waiters; main awaits them with wait() (a ticker counts loop passes; each snapshot is the ticks seen at that point)
import asyncio

ticks = 0
snap = {}


async def ticker(n=12):
    global ticks
    for _ in range(n):
        ticks += 1
        await asyncio.sleep(0)


async def waiter(i, ev):
    await ev.wait()
    snap[f"woke{i}"] = ticks


async def main():
    ev = asyncio.Event()
    t = asyncio.create_task(ticker())
    ws = [asyncio.create_task(waiter(i, ev)) for i in range(2)]
    await asyncio.sleep(0)
    ev.set()
    done, pending = await asyncio.wait(ws)
    snap["end"] = ticks
    await t


asyncio.run(main())
print(ticks, dict(sorted(snap.items())))
