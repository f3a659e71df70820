"""gather without return_exceptions: the first exception reaches the caller, but the other tasks keep running."""
import asyncio

log = []


async def fail_fast():
    await asyncio.sleep(0.001)
    raise ValueError("bad")


async def slow():
    await asyncio.sleep(0.01)
    log.append("slow finished")


async def main():
    try:
        await asyncio.gather(fail_fast(), slow())
    except ValueError:
        log.append("caught")
    await asyncio.sleep(0.03)


asyncio.run(main())
count = len(log)
print(log)
