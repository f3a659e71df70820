# a TaskGroup task failing with an implicit KeyError cancels its sibling; the body does not await
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
print(log)
