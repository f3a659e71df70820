import asyncio

served = []


async def main():
    q = asyncio.PriorityQueue()
    for prio, name in ((3, 30), (1, 10), (2, 20)):
        await q.put((prio, name))
    while not q.empty():
        prio, name = await q.get()
        served.append(name)


asyncio.run(main())
print(served)
