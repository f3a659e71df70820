# r03 contrast (condition_misses): CPython 6, weft-start at_end=5 
import asyncio

spins = 0
at_end = -1


async def spinner():
    global spins
    for _ in range(20):
        spins += 1
        await asyncio.sleep(0)


async def setter(ev):
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    async with ev:
        ev.notify()


async def waiter(ev):
    async with ev:
        await ev.wait()


async def main():
    global at_end
    ev = asyncio.Condition()
    asyncio.create_task(spinner())
    await asyncio.gather(setter(ev), waiter(ev))
    at_end = spins


asyncio.run(main())
print(at_end)
