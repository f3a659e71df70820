# check: a TaskGroup child that swallows the group's cancellation returns normally; the group still raises the first error
import asyncio

log = []


async def failing():
    await asyncio.sleep(0.002)
    raise ValueError("boom")


async def stubborn():
    try:
        await asyncio.sleep(0.05)
    except asyncio.CancelledError:
        log.append("swallowed")
        return
    log.append("finished")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failing())
            tg.create_task(stubborn())
    except* ValueError:
        log.append("group failed")


asyncio.run(main())
