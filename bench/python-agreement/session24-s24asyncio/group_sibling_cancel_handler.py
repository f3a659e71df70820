# A TaskGroup child cancelled by a sibling runs its handler and re-raises; the group goes on and ends
# normally once the other children end.
import asyncio

log = []


async def slow(n):
    try:
        await asyncio.sleep(0.05)
        log.append(n)
    except asyncio.CancelledError:
        log.append(-n)
        raise


async def quick(n):
    await asyncio.sleep(0.01)
    log.append(n)


async def canceller(task):
    await asyncio.sleep(0.005)
    task.cancel()


async def main():
    async with asyncio.TaskGroup() as tg:
        first = tg.create_task(slow(1))
        tg.create_task(quick(2))
        tg.create_task(canceller(first))
    log.append(9)


asyncio.run(main())
