import asyncio
async def worker(name, sem, log):
    async with sem:
        log.append(f"{name} in {sem._value}")
        await asyncio.sleep(0.001)
    log.append(f"{name} out")
async def main():
    sem = asyncio.Semaphore(2)
    log = []
    await asyncio.gather(*(worker(n, sem, log) for n in "abc"))
    print(len(log))
asyncio.run(main())
