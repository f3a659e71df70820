# gather of two coroutines, the second raises: how many passes of a spinner come before the
# awaiter's handler runs (CPython: the failing child's done callback sets the gathering future's
# exception, whose callback wakes the awaiter: two passes after the child's end).
import asyncio

spins = 0
at_caught = -1


async def spinner():
    global spins
    for _ in range(20):
        spins += 1
        await asyncio.sleep(0)


async def child(n):
    for _ in range(n):
        await asyncio.sleep(0)
    if n == 2:
        raise ValueError(n)
    return n


async def main():
    global at_caught
    asyncio.create_task(spinner())
    try:
        await asyncio.gather(child(3), child(2))
    except ValueError:
        at_caught = spins


asyncio.run(main())
print(at_caught)
