# CPython 3.11.7 (agree.py, 10 runs): ['inner finally', 'outer cancelled', 'other'] every run.
# Session 20: a cancel passed on to the sleeping task `outer` awaits wakes it at once under explore too;
# before, weft explore listed ['other', 'inner finally', 'outer cancelled'] only, "complete".
import asyncio

log = []


async def inner():
    try:
        await asyncio.sleep(1)
    finally:
        log.append("inner finally")


async def outer(t):
    try:
        await t
    except asyncio.CancelledError:
        log.append("outer cancelled")
        raise


async def other():
    await asyncio.sleep(0.2)
    log.append("other")


async def main():
    t_inner = asyncio.create_task(inner())
    t = asyncio.create_task(outer(t_inner))
    u = asyncio.create_task(other())
    await asyncio.sleep(0.05)
    t.cancel()
    await u
    for task in (t, t_inner):
        try:
            await task
        except asyncio.CancelledError:
            pass


asyncio.run(main())
print(log)
