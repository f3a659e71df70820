# r09 with the TaskGroup in a helper the supervisor awaits: cancelling the supervisor cancels the
# group's children first (their handlers run), then CancelledError goes on
import asyncio

log = []


async def child(n):
    try:
        await asyncio.sleep(0.05)
        log.append(n)
    except asyncio.CancelledError:
        log.append(-n)
        raise


async def run_group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child(1))
        tg.create_task(child(2))


async def supervisor():
    try:
        await run_group()
    except asyncio.CancelledError:
        log.append(0)
        raise


async def main():
    s = asyncio.create_task(supervisor())
    await asyncio.sleep(0.005)
    s.cancel()
    await asyncio.sleep(0.01)


asyncio.run(main())
