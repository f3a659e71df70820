import asyncio
events = []
async def producer(q, n):
    for i in range(n):
        await q.put(i)
        events.append(f"put {i}")
    await q.put(None)
async def consumer(q, name):
    total = 0
    while (item := await q.get()) is not None:
        total += item
        events.append(f"{name} got {item}")
    return total
async def main():
    q = asyncio.Queue(1)
    p = asyncio.create_task(producer(q, 3))
    total = await consumer(q, "c")
    await p
    return total
total = asyncio.run(main())
print(total, events)
