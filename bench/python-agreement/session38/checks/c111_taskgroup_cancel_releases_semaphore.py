# A TaskGroup whose failing child cancels a sibling that holds a semaphore: the semaphore is released,
# and a later acquire succeeds.
import asyncio

log = []


async def holder(sem):
    async with sem:
        await asyncio.sleep(1)
        log.append("holder done")


async def failer():
    await asyncio.sleep(0.01)
    raise ValueError("fail")


async def main():
    sem = asyncio.Semaphore(1)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(holder(sem))
            tg.create_task(failer())
    except* ValueError:
        log.append("group failed")
    async with sem:
        log.append("acquired after")


asyncio.run(main())
print(log)
