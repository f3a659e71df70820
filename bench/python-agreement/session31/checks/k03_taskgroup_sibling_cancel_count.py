# a TaskGroup child raises after two sleeps(0); the sibling counts how many passes it got before its cancel
import asyncio

spins = 0
at_cancel = -1
caught = 0


async def spinner():
    global spins, at_cancel
    try:
        for _ in range(20):
            spins += 1
            await asyncio.sleep(0)
    except asyncio.CancelledError:
        at_cancel = spins
        raise


async def failer():
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    raise ValueError("boom")


async def main():
    global caught
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(spinner())
            tg.create_task(failer())
    except* ValueError:
        caught = spins


asyncio.run(main())
print(at_cancel, caught)
