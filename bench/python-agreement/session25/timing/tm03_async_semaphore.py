import asyncio


async def upload(i, sem, log):
    async with sem:
        await asyncio.sleep(0.03)
        log.append(i)


async def main():
    sem = asyncio.Semaphore(2)
    log = []
    await asyncio.gather(*(upload(i, sem, log) for i in range(4)))
    print(sorted(log))


asyncio.run(main())
