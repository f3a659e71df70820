# check: asyncio.Semaphore(1): a task that releases and re-acquires at once queues behind the waiters
import asyncio

log = []


async def worker(name, sem):
    for _ in range(3):
        await sem.acquire()
        log.append(name)
        await asyncio.sleep(0)
        sem.release()


async def main():
    sem = asyncio.Semaphore(1)
    await asyncio.gather(*(worker(n, sem) for n in "abc"))


asyncio.run(main())
print("".join(log))
