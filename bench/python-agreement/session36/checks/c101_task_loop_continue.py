"""A task loop with a continue: odd passes start no task; the name keeps the last even pass's task."""
import asyncio

log = []


async def work(i):
    await asyncio.sleep(0.01 * (4 - i))
    log.append(i)
    return i


async def main():
    for i in range(4):
        if i % 2 == 1:
            continue
        t = asyncio.create_task(work(i))
    last = await t
    log.append(("last", last))


asyncio.run(main())
print(log)
