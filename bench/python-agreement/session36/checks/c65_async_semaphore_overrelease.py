"""asyncio.Semaphore released without acquire lets three in; BoundedSemaphore raises."""
import asyncio

log = []


async def main():
    sem = asyncio.Semaphore(1)
    bounded = asyncio.BoundedSemaphore(1)
    sem.release()
    try:
        bounded.release()
    except ValueError:
        log.append("bounded")
    await sem.acquire()
    await sem.acquire()
    log.append(sem.locked())


asyncio.run(main())
print(log)
