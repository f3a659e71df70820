import asyncio

log = []


async def user(sem, name, hold):
    async with sem:
        log.append(f"{name} in, locked={sem.locked()}")
        await asyncio.sleep(hold)


async def main():
    sem = asyncio.Semaphore(2)
    await asyncio.gather(user(sem, "a", 0.002), user(sem, "b", 0.003), user(sem, "c", 0.001))
    log.append(f"end locked={sem.locked()}")


asyncio.run(main())
print(log)  # ordered
