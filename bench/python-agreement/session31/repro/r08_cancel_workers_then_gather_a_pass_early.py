# CPython 3.11: ticks_at_end=7 (every run). weft-start: 6 only, "complete". The common shutdown idiom of a worker pool:
# after `await q.join()`, cancel the workers (each blocked in `await q.get()`), then
# `await asyncio.gather(*workers, return_exceptions=True)`; main resumes a pass early in weft (checks/k85, k87: the
# same with Event waiters, k90; awaiting each in turn, k88, and asyncio.wait, k91, agree).
import asyncio

ticks = 0
fetched = {}
report = {}


async def ticker():
    global ticks
    while True:
        ticks += 1
        await asyncio.sleep(0)


async def worker(name, q):
    while True:
        url = await q.get()
        try:
            await asyncio.sleep(0)
            fetched[url] = name
        finally:
            q.task_done()


async def main():
    tick = asyncio.create_task(ticker())
    q = asyncio.Queue()
    for url in ["/a", "/b", "/c", "/d"]:
        q.put_nowait(url)
    workers = [asyncio.create_task(worker(f"w{i}", q)) for i in range(3)]
    await q.join()
    report["ticks_at_join"] = ticks
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    report["ticks_at_end"] = ticks
    tick.cancel()


asyncio.run(main())
print(report, len(fetched))
