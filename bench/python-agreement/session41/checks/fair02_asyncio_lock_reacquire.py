# check: asyncio.Lock: a task that releases and re-acquires at once queues behind the waiters
import asyncio

log = []


async def worker(name, lock):
    for _ in range(3):
        async with lock:
            log.append(name)
            await asyncio.sleep(0)


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(*(worker(n, lock) for n in "abc"))


asyncio.run(main())
print("".join(log))
