"""TaskGroup: one child's IndexError cancels its sibling; except* IndexError catches it."""
import asyncio

ITEMS = [1]
events = []


async def first():
    await asyncio.sleep(0)
    return ITEMS[3]


async def second():
    try:
        await asyncio.sleep(1)
        events.append("second finished")
    except asyncio.CancelledError:
        events.append("second cancelled")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(first())
            tg.create_task(second())
    except* IndexError:
        events.append("caught")


asyncio.run(main())
print(events)
