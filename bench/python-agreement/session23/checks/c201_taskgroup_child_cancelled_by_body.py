# check: a TaskGroup child cancelled by the group's own body does not fail the group
import asyncio

log = []


async def job(n, delay):
    await asyncio.sleep(delay)
    log.append(n)


async def main():
    async with asyncio.TaskGroup() as tg:
        victim = tg.create_task(job(1, 0.05))
        tg.create_task(job(2, 0.01))
        await asyncio.sleep(0.002)
        victim.cancel()
    log.append(9)


asyncio.run(main())
