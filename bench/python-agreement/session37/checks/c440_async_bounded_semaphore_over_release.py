import asyncio

log = []


async def main():
    sem = asyncio.BoundedSemaphore(1)
    await sem.acquire()
    sem.release()
    try:
        sem.release()
        log.append("released twice")
    except ValueError:
        log.append("too many")


asyncio.run(main())
print(log)  # ordered
