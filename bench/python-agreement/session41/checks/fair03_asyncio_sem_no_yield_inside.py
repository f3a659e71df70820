# check: asyncio.Semaphore(2) with three tasks that never suspend while holding it
import asyncio

log = []


async def worker(name, sem):
    for i in range(2):
        async with sem:
            log.append(f"{name}{i}")
        await asyncio.sleep(0)


async def main():
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(worker(n, sem) for n in "xyz"))


asyncio.run(main())
print(" ".join(log))
