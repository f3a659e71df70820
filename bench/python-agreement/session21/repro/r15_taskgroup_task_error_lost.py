# CPython 3.11: the failing task's KeyError cancels its sibling and leaves the TaskGroup as an
# ExceptionGroup that `except* KeyError` catches: ok log == ['caught'] (10/10).
# weft explore: "complete within a 20ms time window", log == ['slow done'] only: the KeyError is lost
# (with `raise KeyError(...)` written out instead, weft is right: checks/c43).
import asyncio

log = []
table = {}


async def failing():
    await asyncio.sleep(0.01)
    value = table["missing"]


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
