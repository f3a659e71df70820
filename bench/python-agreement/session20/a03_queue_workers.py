"""asyncio.Queue with one sentinel per worker; each worker tallies its own jobs."""
import asyncio

WORKERS = 3
SENTINEL = -1

tally = {}
processed = []


async def worker(name, q):
    count = 0
    while True:
        job = await q.get()
        if job == SENTINEL:
            q.task_done()
            break
        await asyncio.sleep(0.001)
        processed.append(job * 2)
        count += 1
        q.task_done()
    tally[name] = count


async def main():
    q = asyncio.Queue()
    tasks = [asyncio.create_task(worker(f"w{i}", q)) for i in range(WORKERS)]
    for job in range(6):
        await q.put(job)
    for _ in range(WORKERS):
        await q.put(SENTINEL)
    await q.join()
    await asyncio.gather(*tasks)


if __name__ == "__main__":
    asyncio.run(main())
    processed.sort()
    assert processed == [0, 2, 4, 6, 8, 10]
    assert sum(tally.values()) == 6
