# gather of a child that raises after one sleep(0) and one that keeps going: main resumes when?
import asyncio

spins = 0
at_catch = -1
slow_done = 0


async def spinner():
    global spins
    for _ in range(12):
        spins += 1
        await asyncio.sleep(0)


async def bad():
    await asyncio.sleep(0)
    raise KeyError("k")


async def slow():
    global slow_done
    for _ in range(4):
        await asyncio.sleep(0)
    slow_done = spins


async def main():
    global at_catch
    asyncio.create_task(spinner())
    try:
        await asyncio.gather(bad(), slow())
    except KeyError:
        at_catch = spins
    await asyncio.sleep(0.01)


asyncio.run(main())
print(at_catch, slow_done)
