# ordered
# A task cancelled while it waits to acquire an asyncio.Semaphore never holds it; a later task gets it
# when the holder releases.
import asyncio

log = []


async def holder(sem):
    async with sem:
        await asyncio.sleep(0.02)
        log.append("holder done")


async def waiter(sem, name):
    async with sem:
        log.append(f"{name} in")


async def main():
    sem = asyncio.Semaphore(1)
    h = asyncio.create_task(holder(sem))
    await asyncio.sleep(0.001)
    w = asyncio.create_task(waiter(sem, "cancelled-waiter"))
    await asyncio.sleep(0.001)
    w.cancel()
    later = asyncio.create_task(waiter(sem, "later"))
    await asyncio.gather(h, later)
    log.append(w.cancelled())


asyncio.run(main())
print(log)
