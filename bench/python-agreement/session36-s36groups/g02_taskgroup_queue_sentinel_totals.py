"""Two TaskGroup workers drain a queue of integers that ends with one None sentinel each and add each
job to a module dict's total. No operation can fail (the None is checked before the sum), so the
group's end is the plain one: the totals race only on the order the workers take jobs."""
import asyncio

totals = {"w0": 0, "w1": 0}
log = []


async def worker(name, q):
    while True:
        job = await q.get()
        if job is None:
            log.append(name)
            return
        await asyncio.sleep(0)
        totals[name] += job * 10


async def main():
    q = asyncio.Queue()
    for job in (1, 2, 3, None, None):
        q.put_nowait(job)
    async with asyncio.TaskGroup() as tg:
        tg.create_task(worker("w0", q))
        tg.create_task(worker("w1", q))
    log.append("group done")


asyncio.run(main())
print(totals, log)
