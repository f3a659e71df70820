import asyncio

log = []


async def worker(name, stop, period):
    ticks = 0
    while not stop.is_set():
        ticks += 1
        try:
            await asyncio.wait_for(stop.wait(), timeout=period)
        except asyncio.TimeoutError:
            pass
    log.append((name, ticks))


async def main():
    stop = asyncio.Event()
    tasks = [asyncio.create_task(worker(n, stop, p)) for n, p in (("a", 0.004), ("b", 0.007))]
    await asyncio.sleep(0.01)
    stop.set()
    await asyncio.gather(*tasks)


asyncio.run(main())
print(sorted(log))
