# a pool of three async workers drains a URL queue; main waits on q.join(), then cancels them; a ticker counts
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
