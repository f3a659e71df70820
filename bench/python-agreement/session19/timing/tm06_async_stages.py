"""Timing: asyncio two-stage pipeline released by a start Event; stage one 3 ms, stage two 5 ms per item."""
import asyncio

ITEMS = 6
results = []


async def stage_one(start, out_q):
    await start.wait()
    for i in range(ITEMS):
        await asyncio.sleep(0.003)
        await out_q.put(i)
    await out_q.put(None)


async def stage_two(in_q):
    while (item := await in_q.get()) is not None:
        await asyncio.sleep(0.005)
        results.append(item)


async def main():
    start = asyncio.Event()
    q = asyncio.Queue()
    tasks = [asyncio.create_task(stage_one(start, q)), asyncio.create_task(stage_two(q))]
    await asyncio.sleep(0.002)
    start.set()
    await asyncio.gather(*tasks)


if __name__ == "__main__":
    asyncio.run(main())
    count = len(results)
