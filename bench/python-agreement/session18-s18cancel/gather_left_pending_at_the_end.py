# a task awaiting gather(...) left pending when main returns: asyncio.run's end cancels it, and its gathering
# future cancels both children. CPython 3.11.7: ['a', 'b'] (3 runs; agree.py's harness saw ['b', 'a'] 10 of 10:
# the end cancels the tasks of a set). weft before s18cancel: ['a'] only, 'complete'; now both orders.
import asyncio

stopped = []


async def child(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        stopped.append(name)
        raise


async def parent():
    results = await asyncio.gather(child("a"), child("b"))
    stopped.append(len(results))


async def main():
    asyncio.create_task(parent())
    await asyncio.sleep(0.005)


asyncio.run(main())
print(stopped)
