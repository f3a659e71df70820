# a TaskGroup child fails; how far has its spinning sibling got when the group cancels it?
import asyncio

progress = 0
at_cancelled = -1
caught = 0


async def fails():
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    raise KeyError("k")


async def sibling():
    global progress, at_cancelled
    try:
        for _ in range(20):
            progress += 1
            await asyncio.sleep(0)
    except asyncio.CancelledError:
        at_cancelled = progress
        raise


async def main():
    global caught
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fails())
            tg.create_task(sibling())
    except* KeyError:
        caught = progress


asyncio.run(main())
print(at_cancelled, caught)
