"""A task loop with a break on a value set at run time: only the tasks before the break exist."""
import asyncio

log = []
limit = [10]


async def work(i):
    await asyncio.sleep(0.001 * (i + 1))
    log.append(i)
    limit[0] = i


async def main():
    for i in range(4):
        if i > limit[0]:
            break
        t = asyncio.create_task(work(i))
        await asyncio.sleep(0.0015)
    await t


asyncio.run(main())
print(sorted(log), limit)
