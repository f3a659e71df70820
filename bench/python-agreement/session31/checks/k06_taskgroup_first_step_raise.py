# a TaskGroup child that raises in its first step (no await before), beside one that counts
import asyncio

spins = 0
at_cancel = -1


async def spinner():
    global spins, at_cancel
    try:
        for _ in range(10):
            spins += 1
            await asyncio.sleep(0)
    except asyncio.CancelledError:
        at_cancel = spins
        raise


async def at_once():
    raise RuntimeError("no")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(spinner())
            tg.create_task(at_once())
    except* RuntimeError:
        pass


asyncio.run(main())
print(at_cancel)
