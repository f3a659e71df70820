# ordered
# asyncio.BoundedSemaphore under `async with`, the holder cancelled: released once, no ValueError.
import asyncio

log = []


async def worker(name, sem, delay):
    async with sem:
        log.append(f"{name} in")
        await asyncio.sleep(delay)


async def main():
    sem = asyncio.BoundedSemaphore(1)
    slow = asyncio.create_task(worker("slow", sem, 1))
    await asyncio.sleep(0.005)
    fast = asyncio.create_task(worker("fast", sem, 0.001))
    await asyncio.sleep(0.005)
    slow.cancel()
    await fast
    log.append(slow.cancelled())


asyncio.run(main())
print(log)
