# check: a TaskGroup child's error cancels the group's body while it awaits; the body's handler runs before the group raises
import asyncio

log = []


async def failing():
    await asyncio.sleep(0.005)
    raise ValueError("child")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failing())
            try:
                await asyncio.sleep(1)
                log.append("body done")
            except asyncio.CancelledError:
                log.append("body cancelled")
                raise
    except* ValueError:
        log.append("group failed")


asyncio.run(main())
