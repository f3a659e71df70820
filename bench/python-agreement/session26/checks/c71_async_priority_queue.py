import asyncio

served: list[str] = []


async def dispatcher(q: asyncio.PriorityQueue) -> None:
    while True:
        prio, name = await q.get()
        if prio == 99:
            return
        served.append(name)
        await asyncio.sleep(0.001)


async def main() -> None:
    q: asyncio.PriorityQueue = asyncio.PriorityQueue()
    task = asyncio.create_task(dispatcher(q))
    for prio, name in [(3, "low"), (1, "high"), (2, "mid")]:
        await q.put((prio, name))
    await q.put((99, "stop"))
    await task


asyncio.run(main())
print(served)
