# check: a leftover task that swallows asyncio.run's cancellation runs on until it returns; asyncio.run waits for it
import asyncio

log = []


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append("ignored cancel")
    await asyncio.sleep(0.01)
    log.append("stubborn done")


async def main():
    asyncio.create_task(stubborn())
    await asyncio.sleep(0.002)
    log.append("main done")


asyncio.run(main())
