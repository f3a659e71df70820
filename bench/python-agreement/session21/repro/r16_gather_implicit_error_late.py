# CPython: gather raises the second child's KeyError at 10 ms, while the first child sleeps on to 40 ms:
# ok log == ['caught', 'slow done'] (10/10).
# weft explore: "complete within a 20ms time window", log == ['slow done', 'caught'] only: the exception
# reaches the awaiter only after the first child ended (with `raise KeyError(...)` written out, the
# session 19 fix applies and weft is right).
import asyncio

log = []
table = {}


async def slow():
    await asyncio.sleep(0.04)
    log.append("slow done")


async def failing():
    await asyncio.sleep(0.01)
    value = table["missing"]


async def main():
    try:
        await asyncio.gather(slow(), failing())
    except KeyError:
        log.append("caught")
    await asyncio.sleep(0.06)


asyncio.run(main())
