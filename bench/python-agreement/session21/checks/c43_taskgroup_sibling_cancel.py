# a failing child of a TaskGroup cancels its siblings; except* catches the group
import asyncio

log = []


async def slow():
    try:
        await asyncio.sleep(1)
        log.append("slow finished")
    finally:
        log.append("slow cleanup")


async def failing():
    await asyncio.sleep(0.01)
    raise ValueError("bad")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow())
            tg.create_task(failing())
    except* ValueError:
        log.append("caught")


asyncio.run(main())
print(log)
