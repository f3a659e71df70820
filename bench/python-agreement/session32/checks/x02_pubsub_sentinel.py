# a broker fans out to two subscriber queues, then a None sentinel (a ticker counts loop passes; snap holds the ticks seen at each point)
import asyncio

ticks = 0
snap = {}


async def ticker(n=25):
    global ticks
    for _ in range(n):
        ticks += 1
        await asyncio.sleep(0)


async def subscriber(name, q):
    n = 0
    while True:
        msg = await q.get()
        if msg is None:
            break
        n += msg
    snap[name] = ticks
    snap[name + "_sum"] = n


async def broker(queues):
    for msg in (1, 2, 3):
        for q in queues:
            await q.put(msg)
        await asyncio.sleep(0)
    for q in queues:
        await q.put(None)
    snap["broker"] = ticks


async def main():
    qa = asyncio.Queue()
    qb = asyncio.Queue()
    t = asyncio.create_task(ticker())
    await asyncio.gather(subscriber("a", qa), subscriber("b", qb), broker([qa, qb]))
    snap["end"] = ticks
    await t


asyncio.run(main())
print(ticks, dict(sorted(snap.items())))
