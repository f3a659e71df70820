# the body of a TaskGroup raises while its children run: children are cancelled; when does each see it?
import asyncio

spins = 0
child_cancel_at = -1
caught_at = -1


async def child():
    global spins, child_cancel_at
    try:
        for _ in range(20):
            spins += 1
            await asyncio.sleep(0)
    except asyncio.CancelledError:
        child_cancel_at = spins
        raise


async def main():
    global caught_at
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child())
            await asyncio.sleep(0)
            await asyncio.sleep(0)
            raise KeyError("body")
    except* KeyError:
        caught_at = spins


asyncio.run(main())
print(child_cancel_at, caught_at)
