"""A TaskGroup child raises; the sibling's finally runs during the group's cancel; except* catches."""
import asyncio

log = []


async def failing():
    await asyncio.sleep(0.001)
    raise ValueError("boom")


async def sleeper():
    try:
        await asyncio.sleep(1)
    finally:
        log.append("sleeper cleaned")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failing())
            tg.create_task(sleeper())
    except* ValueError:
        log.append("caught")


asyncio.run(main())
print(log)
