# asyncio.as_completed: the failing coroutine's implicit IndexError surfaces at its await in the loop
import asyncio

log = []
items = []


async def ok(delay):
    await asyncio.sleep(delay)
    return 1


async def bad():
    await asyncio.sleep(0.02)
    return items[0]


async def main():
    for coro in asyncio.as_completed([ok(0.01), bad(), ok(0.03)]):
        try:
            log.append(await coro)
        except IndexError:
            log.append(-1)


asyncio.run(main())
print(log)
