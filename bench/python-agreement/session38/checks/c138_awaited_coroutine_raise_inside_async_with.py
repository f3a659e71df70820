# ordered
# An awaited coroutine raises inside `async with sem:`; caught outside; then the semaphore again.
import asyncio

log = []


async def check(item):
    await asyncio.sleep(0)
    if item == "cake":
        raise ValueError(item)
    return item


async def main():
    sem = asyncio.Semaphore(1)
    for item in ["cake", "tea"]:
        try:
            async with sem:
                log.append(await check(item))
        except ValueError:
            log.append("bad")


asyncio.run(main())
print(log)
