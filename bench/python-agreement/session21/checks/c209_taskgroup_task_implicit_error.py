# a TaskGroup task failing with an implicit IndexError cancels its sibling and the awaiting body
import asyncio

log = []
items = [1]


async def failing():
    await asyncio.sleep(0.01)
    x = items[5]


async def slow():
    await asyncio.sleep(0.05)
    log.append("slow done")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failing())
            tg.create_task(slow())
            await asyncio.sleep(0.03)
            log.append("body done")
    except* IndexError:
        log.append("caught")


asyncio.run(main())
print(log)
