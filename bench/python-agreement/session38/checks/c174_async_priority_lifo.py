# ordered
# asyncio.PriorityQueue and asyncio.LifoQueue orders.
import asyncio

log = []


async def main():
    pq = asyncio.PriorityQueue()
    lq = asyncio.LifoQueue()
    for item in [3, 1, 2]:
        await pq.put(item)
        await lq.put(item)
    for _ in range(3):
        log.append(await pq.get())
    for _ in range(3):
        log.append(await lq.get())
    try:
        lq.get_nowait()
    except asyncio.QueueEmpty:
        log.append("empty")


asyncio.run(main())
print(log)
