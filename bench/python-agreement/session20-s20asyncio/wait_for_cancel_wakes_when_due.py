# FIXED in session 27 (docs/python.md, "Session 27: asyncio forms left"). CPython 3.11.7 (agree.py, 10
# runs): ['timeout', 'other'] every run; weft explore before session 27: ['other', 'timeout'] only,
# "complete within a 20ms time window" (wait_for's cancel of its sleeping task woke the task when its
# sleep would have ended); since: CPython's only, 1 schedule.
import asyncio

log = []


async def slow():
    await asyncio.sleep(1)


async def waiter():
    try:
        await asyncio.wait_for(slow(), timeout=0.05)
    except asyncio.TimeoutError:
        log.append("timeout")


async def other():
    await asyncio.sleep(0.2)
    log.append("other")


async def main():
    await asyncio.gather(waiter(), other())


asyncio.run(main())
print(log)
