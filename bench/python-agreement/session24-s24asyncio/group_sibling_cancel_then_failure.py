# A TaskGroup child cancelled by a sibling, then another child fails: CPython's group ignores the
# cancelled child (no failure), cancels the rest at the failure and raises an ExceptionGroup of one.
import asyncio

log = []


async def job(n, delay):
    await asyncio.sleep(delay)
    log.append(n)


async def bad():
    await asyncio.sleep(0.02)
    raise ValueError("bad")


async def canceller(task):
    await asyncio.sleep(0.002)
    task.cancel()


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            victim = tg.create_task(job(1, 0.05))
            tg.create_task(job(2, 0.01))
            tg.create_task(canceller(victim))
            tg.create_task(bad())
            tg.create_task(job(3, 0.04))
    except* ValueError as eg:
        log.append(10 * len(eg.exceptions))
    log.append(9)


asyncio.run(main())
