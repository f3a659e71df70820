# Two tasks made in a `try:` body; the first one's failure skips the await of the second, which is still
# pending when `main` returns: `asyncio.run` cancels it then, and its handler runs.
import asyncio

log = []


async def slow():
    try:
        await asyncio.sleep(0.05)
        log.append("slow")
    except asyncio.CancelledError:
        log.append("slow-cancelled")
        raise


async def bad():
    await asyncio.sleep(0.001)
    raise ValueError("bad")


async def main():
    try:
        failing = asyncio.create_task(bad())
        waiting = asyncio.create_task(slow())
        await failing
        await waiting
        log.append("both")
    except ValueError:
        log.append("caught")


asyncio.run(main())
print(log)
