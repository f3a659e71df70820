import asyncio

log = []

async def main():
    sem = asyncio.Semaphore(1)
    sem.release()
    await sem.acquire()
    await sem.acquire()
    log.append("two acquired")
    bsem = asyncio.BoundedSemaphore(1)
    try:
        bsem.release()
    except ValueError:
        log.append("bounded refused")

asyncio.run(main())
