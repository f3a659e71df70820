# a TaskGroup of two workers draining a queue, one None sentinel each, fed by the group's body
import asyncio

ticks = 0
done_by = {"w0": 0, "w1": 0}
report = {}


async def ticker():
    global ticks
    while True:
        ticks += 1
        await asyncio.sleep(0)


async def worker(name, q):
    while True:
        job = await q.get()
        if job is None:
            return
        done_by[name] += job


async def main():
    tick = asyncio.create_task(ticker())
    q = asyncio.Queue()
    async with asyncio.TaskGroup() as tg:
        tg.create_task(worker("w0", q))
        tg.create_task(worker("w1", q))
        for job in [1, 2, 3]:
            await q.put(job)
            await asyncio.sleep(0)
        await q.put(None)
        await q.put(None)
    report["ticks"] = ticks
    tick.cancel()


asyncio.run(main())
print(report, done_by)
