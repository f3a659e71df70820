# ordered
# The explicit form: await sem.acquire(); try: ... finally: sem.release(), cancelled inside the try.
import asyncio

log = []


async def worker(name, sem, delay):
    await sem.acquire()
    try:
        log.append(f"{name} in")
        await asyncio.sleep(delay)
    finally:
        sem.release()


async def main():
    sem = asyncio.Semaphore(1)
    slow = asyncio.create_task(worker("slow", sem, 1))
    await asyncio.sleep(0.005)
    fast = asyncio.create_task(worker("fast", sem, 0.001))
    await asyncio.sleep(0.005)
    slow.cancel()
    await fast
    log.append(slow.cancelled())


asyncio.run(main())
print(log)
