# A task awaiting gather(...) is cancelled by another task: the cancel goes to the gathering future, which
# cancels each child; the awaiter gets CancelledError once the children's callbacks have run. A spinner
# counts the passes until the handler runs.
import asyncio

spins = 0
at_cancel = -1
at_caught = -1


async def spinner():
    global spins
    for _ in range(20):
        spins += 1
        await asyncio.sleep(0)


async def long(n):
    for _ in range(n):
        await asyncio.sleep(0)
    return n


async def waiter():
    global at_caught
    try:
        await asyncio.gather(long(10), long(12))
    except asyncio.CancelledError:
        at_caught = spins
        raise


async def main():
    global at_cancel
    asyncio.create_task(spinner())
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    at_cancel = spins
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        pass


asyncio.run(main())
print(at_cancel, at_caught)
