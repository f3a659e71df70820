# Workers blocked on a queue get, cancelled; each catches the CancelledError, awaits a cleanup step and
# raises it again; main gathers them with return_exceptions=True. A ticker counts loop passes.
import asyncio

ticks = 0
at_end = -1
cleaned = 0


async def ticker():
    global ticks
    for _ in range(20):
        ticks += 1
        await asyncio.sleep(0)


async def worker(q):
    global cleaned
    try:
        await q.get()
    except asyncio.CancelledError:
        await asyncio.sleep(0)
        cleaned += 1
        raise


async def main():
    global at_end
    asyncio.create_task(ticker())
    q = asyncio.Queue()
    workers = [asyncio.create_task(worker(q)) for _ in range(2)]
    await asyncio.sleep(0)
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    at_end = ticks


asyncio.run(main())
print(at_end, cleaned)
