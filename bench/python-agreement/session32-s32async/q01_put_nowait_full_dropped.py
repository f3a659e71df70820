# put_nowait on a full asyncio.Queue(maxsize=2) raises QueueFull, counted as dropped; the items kept are
# the first two, then drained with get_nowait until QueueEmpty; put_nowait never yields to the loop
import asyncio

kept = []
dropped = 0
ticks = 0


async def ticker():
    global ticks
    for _ in range(3):
        ticks += 1
        await asyncio.sleep(0)


async def main():
    global dropped
    tick = asyncio.create_task(ticker())
    q = asyncio.Queue(maxsize=2)
    for n in range(4):
        try:
            q.put_nowait(n)
        except asyncio.QueueFull:
            dropped += 1
    kept.append(ticks)
    while True:
        try:
            item = q.get_nowait()
        except asyncio.QueueEmpty:
            break
        kept.append(item)
    await tick


asyncio.run(main())
print(kept, dropped, ticks)
