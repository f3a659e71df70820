# repro: asyncio.as_completed over coroutines wraps them in tasks in the order of a set of coroutine
# objects (asyncio/tasks.py: `todo = {ensure_future(f, loop=loop) for f in set(fs)}`), so they start,
# and here finish, in an order that depends on their addresses. CPython 3.11: [0, 2, 1, ...] and
# [2, 0, 1, ...] as well as [0, 1, 2, ...]; weft: the list's order only, "complete within a 20ms window".
import asyncio

order = []


async def job(n):
    order.append(n)
    return n


async def main():
    coros = [job(n) for n in range(3)]
    for fut in asyncio.as_completed(coros):
        v = await fut
        order.append(10 + v)


asyncio.run(main())
