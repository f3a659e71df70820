"""A consumer polls an asyncio.Queue with wait_for(q.get(), 0.005) and counts its time-outs."""
import asyncio

received = []
timeouts = 0


async def producer(q):
    for n in range(2):
        await asyncio.sleep(0.012)
        await q.put(n)
    await q.put(None)


async def consumer(q):
    global timeouts
    while True:
        try:
            item = await asyncio.wait_for(q.get(), timeout=0.005)
        except asyncio.TimeoutError:
            timeouts += 1
            continue
        if item is None:
            break
        received.append(item)


async def main():
    q = asyncio.Queue()
    await asyncio.gather(producer(q), consumer(q))


asyncio.run(main())
print(received, timeouts)
