# x03's shutdown idiom, cut down (cancel_then_gather_sleepers): the workers are cancelled, then awaited
import asyncio

ticks = 0
at_end = -1


async def ticker():
    global ticks
    for _ in range(20):
        ticks += 1
        await asyncio.sleep(0)


async def idle(q):
    await asyncio.sleep(10)


async def main():
    global at_end
    asyncio.create_task(ticker())
    q = asyncio.Queue()
    workers = [asyncio.create_task(idle(q)) for _ in range(2)]
    await asyncio.sleep(0)
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    at_end = ticks


asyncio.run(main())
print(at_end)
