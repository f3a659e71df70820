# r03 contrast (event_misses): CPython 6, weft-start at_end=5 
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
    ev.set()


async def waiter(ev):
    await ev.wait()


async def main():
    global at_end
    ev = asyncio.Event()
    asyncio.create_task(spinner())
    await asyncio.gather(setter(ev), waiter(ev))
    at_end = spins


asyncio.run(main())
print(at_end)
