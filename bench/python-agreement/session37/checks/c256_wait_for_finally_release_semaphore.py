import asyncio

log = []


async def holder(sem):
    await sem.acquire()
    try:
        await asyncio.sleep(1)
    finally:
        await asyncio.sleep(0)
        sem.release()


async def main():
    sem = asyncio.Semaphore(1)
    try:
        await asyncio.wait_for(holder(sem), timeout=0.001)
    except asyncio.TimeoutError:
        log.append("timeout")
    async with sem:
        log.append("got it")


asyncio.run(main())
print(log)  # ordered
