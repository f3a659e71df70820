# asyncio.PriorityQueue and asyncio.LifoQueue: a consumer drains each after the producer filled it
import asyncio

taken = {"prio": [], "lifo": []}


async def main():
    pq = asyncio.PriorityQueue()
    lq = asyncio.LifoQueue()
    for n in (3, 1, 2):
        await pq.put(n)
        await lq.put(n)
    while not pq.empty():
        taken["prio"].append(await pq.get())
    while not lq.empty():
        taken["lifo"].append(await lq.get())


asyncio.run(main())
print(taken)
