# Workers cancelled before their first step (no await between create_task and cancel), then gathered with
# return_exceptions=True; a ticker counts loop passes until the gather returns.
import asyncio

ticks = 0
at_end = -1


async def ticker():
    global ticks
    for _ in range(20):
        ticks += 1
        await asyncio.sleep(0)


async def worker(q):
    await q.get()


async def main():
    global at_end
    asyncio.create_task(ticker())
    q = asyncio.Queue()
    workers = [asyncio.create_task(worker(q)) for _ in range(3)]
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    at_end = ticks


asyncio.run(main())
print(at_end)
