# FIXED in session 20 (the stepwise driver wakes a cancelled sleeper at its canceller's present). CPython
# 3.11.7: ['sleeper cancelled', 'other'] in 20 of 20 runs (and 10 of 10, agree.py, session 20); weft explore
# before: ['other', 'sleeper cancelled'] only, "complete"; now CPython's state only (weft run: CPython's).
import asyncio

log = []


async def sleeper():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append("sleeper cancelled")
        raise


async def other():
    await asyncio.sleep(0.2)
    log.append("other")


async def main():
    t = asyncio.create_task(sleeper())
    u = asyncio.create_task(other())
    await asyncio.sleep(0.05)
    t.cancel()
    await u
    try:
        await t
    except asyncio.CancelledError:
        pass


asyncio.run(main())
print(log)
