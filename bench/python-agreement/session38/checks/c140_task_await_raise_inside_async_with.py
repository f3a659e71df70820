# ordered
# Awaiting a task that raised, inside `async with sem:`; caught outside.
import asyncio

log = []


async def job(item):
    await asyncio.sleep(0.001)
    if item == "cake":
        raise ValueError(item)
    return item


async def main():
    sem = asyncio.Semaphore(1)
    for item in ["cake", "tea"]:
        task = asyncio.create_task(job(item))
        try:
            async with sem:
                log.append(await task)
        except ValueError:
            log.append("bad")


asyncio.run(main())
print(log)
