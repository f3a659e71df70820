"""gather without return_exceptions: the first exception propagates; the other task keeps running."""
import asyncio

log = []


async def bad():
    await asyncio.sleep(0.001)
    raise ValueError("bad")


async def slow():
    await asyncio.sleep(0.01)
    log.append("slow finished")


async def main():
    try:
        await asyncio.gather(bad(), slow())
    except ValueError:
        log.append("caught")
    await asyncio.sleep(0.02)


asyncio.run(main())
print(log)
