# An IndexError CPython raises one call down in a TaskGroup task (a list's index past its end, read by a
# function of the file) fails the group as a `raise` would.
# CPython 3.11: log == ['caught'].
import asyncio

log = []
readings = [3]


def reading(position):
    return readings[position]


async def loader():
    await asyncio.sleep(0.01)
    log.append(reading(4))


async def ticker():
    await asyncio.sleep(0.05)
    log.append("tick")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(loader())
            tg.create_task(ticker())
    except* IndexError:
        log.append("caught")


asyncio.run(main())
print(log)
