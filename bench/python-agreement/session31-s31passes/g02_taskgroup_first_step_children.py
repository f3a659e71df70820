# TaskGroup tasks that end in their first step (no await), the body yielding once: their callbacks are
# still to run when the body ends (two passes), beside a task started in a loop that runs longer.
import asyncio

log = []


async def instant(name):
    log.append(name)
    return name


async def longer(n):
    for _ in range(n):
        await asyncio.sleep(0)
    log.append(f"longer{n}")


async def ticker():
    for i in range(6):
        log.append(f"tick{i}")
        await asyncio.sleep(0)


async def main():
    tick = asyncio.create_task(ticker())
    async with asyncio.TaskGroup() as tg:
        tg.create_task(instant("a"))
        tg.create_task(instant("b"))
        await asyncio.sleep(0)
    log.append("first group done")
    async with asyncio.TaskGroup() as tg:
        for n in range(1, 3):
            tg.create_task(longer(n))
        tg.create_task(instant("c"))
    log.append("second group done")
    await tick


asyncio.run(main())
print(log)
