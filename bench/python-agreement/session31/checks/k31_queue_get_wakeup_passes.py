# a consumer waits on an empty asyncio.Queue; a producer puts after two passes; when does the consumer resume?
import asyncio

spins = 0
marks = {}


async def spinner():
    global spins
    for _ in range(20):
        spins += 1
        await asyncio.sleep(0)


async def producer(q):
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    await q.put(1)
    marks["put"] = spins
    await q.put(2)
    marks["put2"] = spins


async def consumer(q):
    await q.get()
    marks["got1"] = spins
    await q.get()
    marks["got2"] = spins


async def main():
    q = asyncio.Queue(maxsize=1)
    asyncio.create_task(spinner())
    await asyncio.gather(consumer(q), producer(q))


asyncio.run(main())
print(marks["put"], marks["got1"], marks["put2"], marks["got2"])
