"""An asyncio.PriorityQueue of jobs by deadline; two workers; a job failing once is put back with +10."""
import asyncio

done = []
retried = []


async def worker(name, q, flaky):
    while True:
        deadline, job = await q.get()
        try:
            await asyncio.sleep(0.001)
            if job in flaky:
                flaky.remove(job)
                retried.append(job)
                q.put_nowait((deadline + 10, job))
            else:
                done.append(job)
        finally:
            q.task_done()


async def main():
    q = asyncio.PriorityQueue()
    for deadline, job in [(30, "backup"), (10, "email"), (20, "report")]:
        q.put_nowait((deadline, job))
    flaky = ["email"]
    workers = [asyncio.create_task(worker(n, q, flaky)) for n in ("w1", "w2")]
    await q.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)


asyncio.run(main())
print(sorted(done), retried)
