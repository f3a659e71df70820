# `gather(slow(), failing())`: the second child's KeyError (a missing key, no `raise` statement) reaches
# the awaiter at 10 ms while the first child sleeps on to 40 ms.
# CPython 3.11: log == ['caught', 'slow done'].
# Before session 21 weft raised it only after `slow` ended: ['slow done', 'caught'] only, "complete"
# (session21/repro/r16).
import asyncio

log = []
table = {}


async def slow():
    await asyncio.sleep(0.04)
    log.append("slow done")


async def failing():
    await asyncio.sleep(0.01)
    value = table["missing"]
    log.append(value)


async def main():
    try:
        await asyncio.gather(slow(), failing())
    except KeyError:
        log.append("caught")
    await asyncio.sleep(0.06)


asyncio.run(main())
print(log)
