# check: asyncio.CancelledError is a BaseException: `except Exception:` does not catch it
import asyncio

log = []


async def worker():
    try:
        await asyncio.sleep(1)
    except Exception:
        log.append("caught")
    log.append("after")


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.005)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        log.append("cancelled")


asyncio.run(main())
