# check: wait_for's time-out around a coroutine that awaits a task it created cancels that task too
import asyncio

log = []


async def child():
    try:
        await asyncio.sleep(0.05)
        log.append(1)
    except asyncio.CancelledError:
        log.append(-1)
        raise


async def fetch():
    t = asyncio.create_task(child())
    await t


async def main():
    try:
        await asyncio.wait_for(fetch(), 0.005)
    except asyncio.TimeoutError:
        log.append(0)
    await asyncio.sleep(0.08)


asyncio.run(main())
