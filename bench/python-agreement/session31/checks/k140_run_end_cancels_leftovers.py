# asyncio.run's end cancels the tasks left: a worker blocked in q.get() records the ticker's count in its finally
import asyncio

ticks = 0
at_cleanup = -1


async def ticker():
    global ticks
    try:
        while True:
            ticks += 1
            await asyncio.sleep(0)
    finally:
        pass


async def idle_worker(q):
    global at_cleanup
    try:
        await q.get()
    finally:
        at_cleanup = ticks


async def main():
    q = asyncio.Queue()
    asyncio.create_task(ticker())
    asyncio.create_task(idle_worker(q))
    for _ in range(3):
        await asyncio.sleep(0)


asyncio.run(main())
print(ticks, at_cleanup)
