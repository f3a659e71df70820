import asyncio

log = []


async def worker(stop, period):
    ticks = 0
    while not stop.is_set():
        ticks += 1
        try:
            await asyncio.wait_for(stop.wait(), timeout=period)
        except asyncio.TimeoutError:
            pass
    log.append(ticks)


async def main():
    stop = asyncio.Event()
    task = asyncio.create_task(worker(stop, 0.004))
    await asyncio.sleep(0.01)
    stop.set()
    await task


asyncio.run(main())
print(log)  # ordered
