# SILENT ERROR. CPython (every run): ['group failed', 'acquired after']. weft (start binary): `deadlock`
# alone, "complete within a 20ms time window". The failing child makes the TaskGroup cancel `holder`
# inside its `async with sem:`; Python releases the semaphore, weft does not (same cause as r01), so
# main's own `async with sem:` after the group waits for ever.
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
