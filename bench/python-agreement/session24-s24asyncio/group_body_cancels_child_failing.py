# The body of a failing TaskGroup cancels one of its children itself: refused before session 24
# ("a TaskGroup whose tasks `raise` and which the program cancels"). CPython ignores the cancelled
# child and raises an ExceptionGroup of the failure.
import asyncio

log = []


async def job(n, delay):
    await asyncio.sleep(delay)
    log.append(n)


async def bad(delay):
    await asyncio.sleep(delay)
    raise KeyError("k")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            a = tg.create_task(job(1, 0.01))
            tg.create_task(job(2, 0.03))
            tg.create_task(bad(0.02))
            a.cancel()
    except* KeyError as eg:
        log.append(10 * len(eg.exceptions))
    log.append(9)


asyncio.run(main())
