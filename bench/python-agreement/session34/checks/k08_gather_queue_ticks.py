# Loop passes: a gather of two consumers of an asyncio.Queue fed by main; a ticker counts passes.
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


async def main():
    global stop
    q = asyncio.Queue()
    t = asyncio.create_task(ticker())
    g = asyncio.gather(consumer(q), consumer(q))
    await asyncio.sleep(0)
    q.put_nowait(1)
    q.put_nowait(2)
    await g
    ends_at.append(ticks)
    stop = True
    await t
    print(got, ends_at)


asyncio.run(main())
