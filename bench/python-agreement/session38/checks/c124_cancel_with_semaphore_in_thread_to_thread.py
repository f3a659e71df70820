# ordered
# asyncio.Semaphore held across `await asyncio.to_thread(...)`, the task cancelled during the thread's
# work: the await is interrupted, the with releases.
import asyncio
import time

log = []


def blocking():
    time.sleep(0.05)
    return 1


async def worker(sem):
    async with sem:
        await asyncio.to_thread(blocking)
        log.append("worker done")


async def main():
    sem = asyncio.Semaphore(1)
    task = asyncio.create_task(worker(sem))
    await asyncio.sleep(0.01)
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    async with sem:
        log.append("acquired")


asyncio.run(main())
print(log)
