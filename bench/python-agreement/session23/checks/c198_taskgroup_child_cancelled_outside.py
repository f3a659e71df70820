# check: a TaskGroup child cancelled from outside the group does not fail the group; the others finish
import asyncio

log = []


async def job(n, delay):
    await asyncio.sleep(delay)
    log.append(n)


async def canceller(task):
    await asyncio.sleep(0.002)
    task.cancel()


async def main():
    async with asyncio.TaskGroup() as tg:
        victim = tg.create_task(job(1, 0.05))
        tg.create_task(job(2, 0.01))
        tg.create_task(canceller(victim))
    log.append(9)


asyncio.run(main())
