"""A task loop (unrolled into t, t_2, t_3) in a coroutine that has its own local t_2."""
import asyncio

log = []


async def work(i):
    await asyncio.sleep(0.001 * (3 - i))
    log.append(i)
    return i


async def main():
    t_2 = 100
    for i in range(3):
        t = asyncio.create_task(work(i))
    last = await t
    log.append(("last", last, t_2))


asyncio.run(main())
print(log)
