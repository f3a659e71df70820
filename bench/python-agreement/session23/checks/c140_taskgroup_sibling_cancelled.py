# check: when a TaskGroup task fails, its siblings are cancelled (their CancelledError handlers run) and the group raises
import asyncio

log = []


async def sibling(n):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append(n)
        raise


async def failing():
    await asyncio.sleep(0.005)
    raise ValueError("bad")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sibling(1))
            tg.create_task(failing())
            tg.create_task(sibling(2))
    except* ValueError:
        log.append(0)


asyncio.run(main())
