# asyncio.Queue with worker tasks; queue.join() then the workers are cancelled.
import asyncio

NUM_WORKERS = 2
JOBS = ["resize:cat.png", "resize:dog.png", "thumb:cat.png", "thumb:bird.png", "resize:bird.png"]

done_by_kind = {}
worker_counts = [0] * NUM_WORKERS


async def worker(index, jobs):
    while True:
        job = await jobs.get()
        try:
            kind, _, name = job.partition(":")
            await asyncio.sleep(0.001 * len(name))
            done_by_kind[kind] = done_by_kind.get(kind, 0) + 1
            worker_counts[index] += 1
        finally:
            jobs.task_done()


async def main():
    jobs = asyncio.Queue()
    for job in JOBS:
        jobs.put_nowait(job)
    tasks = [asyncio.create_task(worker(i, jobs)) for i in range(NUM_WORKERS)]
    await jobs.join()
    for t in tasks:
        t.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)


if __name__ == "__main__":
    asyncio.run(main())
    assert sum(worker_counts) == len(JOBS)
