# x06 with a gather for the TaskGroup: the feeder and two sentinel workers gathered
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
    async def feed():
        for job in [1, 2, 3]:
            await q.put(job)
            await asyncio.sleep(0)
        await q.put(None)
        await q.put(None)

    await asyncio.gather(feed(), worker("w0", q), worker("w1", q))
    report["ticks"] = ticks
    tick.cancel()


asyncio.run(main())
print(report, done_by)
