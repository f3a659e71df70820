# asyncio.Lock.locked() and Semaphore.locked() read as values.
import asyncio

seen = []


async def holder(lock):
    async with lock:
        await asyncio.sleep(0)
        await asyncio.sleep(0)


async def main():
    lock = asyncio.Lock()
    sem = asyncio.Semaphore(1)
    h = asyncio.create_task(holder(lock))
    await asyncio.sleep(0)
    seen.append(1 if lock.locked() else 0)
    seen.append(1 if sem.locked() else 0)
    await h
    seen.append(1 if lock.locked() else 0)


asyncio.run(main())
print(seen)
