import asyncio

log = []


async def user(sem, name, hold):
    async with sem:
        log.append(f"{name} in")
        await asyncio.sleep(hold)
        log.append(f"{name} out")


async def main():
    sem = asyncio.Semaphore(1)
    a = asyncio.create_task(user(sem, "a", 0.05))
    b = asyncio.create_task(user(sem, "b", 0.001))
    await asyncio.sleep(0.002)
    a.cancel()
    await asyncio.gather(a, b, return_exceptions=True)
    log.append(sem.locked())


asyncio.run(main())
print(log)  # ordered
