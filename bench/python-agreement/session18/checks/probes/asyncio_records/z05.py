import asyncio

x = 0


async def producer(q):
    await q.put({"name": "pen", "qty": 2})


async def consumer(q):
    global x
    job = await q.get()
    x = job == {"name": "pen", "qty": 2}


async def main():
    q = asyncio.Queue()
    await asyncio.gather(producer(q), consumer(q))


asyncio.run(main())
