# check: wait_for's time-out around a coroutine that runs a TaskGroup cancels the group's children first
import asyncio

log = []


async def child(n):
    try:
        await asyncio.sleep(0.05)
        log.append(n)
    except asyncio.CancelledError:
        log.append(-n)
        raise


async def fetch_all():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child(1))
        tg.create_task(child(2))


async def main():
    try:
        await asyncio.wait_for(fetch_all(), 0.005)
    except asyncio.TimeoutError:
        log.append(0)
    await asyncio.sleep(0.08)


asyncio.run(main())
