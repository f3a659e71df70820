# the twin of repro/r16 with the KeyError raised by a `raise` statement: weft raises it in time
import asyncio

log = []
table = {}


async def slow():
    await asyncio.sleep(0.04)
    log.append("slow done")


async def failing():
    await asyncio.sleep(0.01)
    raise KeyError("missing")


async def main():
    try:
        await asyncio.gather(slow(), failing())
    except KeyError:
        log.append("caught")
    await asyncio.sleep(0.06)


asyncio.run(main())
