import asyncio

TABLE = {"a": 1}
log = []


async def read(sem, key):
    await sem.acquire()
    try:
        log.append(TABLE[key])
    finally:
        sem.release()


async def main():
    sem = asyncio.Semaphore(1)
    await asyncio.gather(read(sem, "zz"), read(sem, "a"), return_exceptions=True)
    log.append(sem.locked())


asyncio.run(main())
print(log)  # ordered
