# A TaskGroup task's KeyError that CPython raises itself (a missing key, no `raise` statement) cancels
# its sibling and leaves the group as an ExceptionGroup that `except* KeyError` catches.
# CPython 3.11: log == ['caught'] (the sibling's 50 ms sleep is cancelled).
# Before session 21 weft lost the KeyError: log == ['slow done'] only, "complete" (session21/repro/r15).
import asyncio

log = []
table = {}


async def failing():
    await asyncio.sleep(0.01)
    value = table["missing"]
    log.append(value)


async def slow():
    await asyncio.sleep(0.05)
    log.append("slow done")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failing())
            tg.create_task(slow())
    except* KeyError:
        log.append("caught")


asyncio.run(main())
print(log)
