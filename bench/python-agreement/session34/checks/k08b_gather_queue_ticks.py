# Loop passes: a gather of two consumers of an asyncio.Queue fed by a feeder task; a ticker counts passes.
import asyncio

ticks = 0
stop = False
got = []
ends_at = []


async def ticker():
    global ticks
    while not stop:
        ticks += 1
        await asyncio.sleep(0)


async def consumer(q):
    got.append(await q.get())


async def feeder(q):
    await asyncio.sleep(0)
    await q.put(1)
    await asyncio.sleep(0)
    await q.put(2)


async def main():
    global stop
    q = asyncio.Queue()
    t = asyncio.create_task(ticker())
    f = asyncio.create_task(feeder(q))
    await asyncio.gather(consumer(q), consumer(q))
    ends_at.append(ticks)
    stop = True
    await t
    await f
    print(got, ends_at)


asyncio.run(main())
