# inline asyncio.timeout around a queue get that a producer fills late or never
import asyncio

got = []
timeouts = 0


async def consumer(q):
    global timeouts
    for _ in range(3):
        try:
            async with asyncio.timeout(0.02):
                item = await q.get()
                got.append(item)
        except TimeoutError:
            timeouts += 1


async def producer(q):
    await q.put(1)
    await asyncio.sleep(0.005)
    await q.put(2)


async def main():
    q = asyncio.Queue()
    await asyncio.gather(consumer(q), producer(q))


asyncio.run(main())
print(got, timeouts)
