# put_nowait on a full asyncio.Queue(maxsize=2) raises QueueFull; the items kept are the first two
import asyncio

kept = []
dropped = 0


async def main():
    global dropped
    q = asyncio.Queue(maxsize=2)
    for n in range(4):
        try:
            q.put_nowait(n)
        except asyncio.QueueFull:
            dropped += 1
    while not q.empty():
        kept.append(q.get_nowait())


asyncio.run(main())
print(kept, dropped)
