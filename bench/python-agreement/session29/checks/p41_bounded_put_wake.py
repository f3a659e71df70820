import asyncio

spins = 0
at_taken = -1
at_put_done = -1


async def spinner():
    global spins
    for _ in range(20):
        spins += 1
        await asyncio.sleep(0)


async def producer(q):
    global at_put_done
    await q.put(1)
    await q.put(2)
    at_put_done = spins


async def consumer(q):
    global at_taken
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    at_taken = spins
    await q.get()


async def main():
    q = asyncio.Queue(maxsize=1)
    await asyncio.gather(spinner(), producer(q), consumer(q))


asyncio.run(main())
print(at_taken, at_put_done)
