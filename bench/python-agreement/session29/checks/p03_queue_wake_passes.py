import asyncio

spins = 0
at_put = -1
at_get = -1


async def spinner():
    global spins
    for _ in range(10):
        spins += 1
        await asyncio.sleep(0)


async def consumer(q):
    global at_get
    await q.get()
    at_get = spins


async def producer(q):
    global at_put
    await asyncio.sleep(0)
    at_put = spins
    await q.put(1)


async def main():
    q = asyncio.Queue()
    await asyncio.gather(spinner(), consumer(q), producer(q))


asyncio.run(main())
print(at_put, at_get)
