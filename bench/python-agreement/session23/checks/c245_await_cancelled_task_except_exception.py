# check: awaiting a task another task cancelled raises CancelledError, which `except Exception` does not catch (BaseException does)
import asyncio

log = []


async def job():
    await asyncio.sleep(0.05)


async def canceller(t):
    await asyncio.sleep(0.002)
    t.cancel()


async def main():
    t = asyncio.create_task(job())
    c = asyncio.create_task(canceller(t))
    try:
        try:
            await t
        except Exception:
            log.append("exception")
    except BaseException:
        log.append("base")
    await c


asyncio.run(main())
