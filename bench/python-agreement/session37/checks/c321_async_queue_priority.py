import asyncio

log = []


async def main():
    q = asyncio.PriorityQueue()
    for item in ((3, "low"), (1, "urgent"), (2, "normal")):
        await q.put(item)
    while not q.empty():
        _, name = await q.get()
        log.append(name)


asyncio.run(main())
print(log)  # ordered
