# r03's family in a start-gun form: three runners wait on one Event a starter sets, all gathered: CPython at_end=5, weft-start 4
import asyncio

ticks = 0
at_end = -1
ran = []


async def ticker():
    global ticks
    for _ in range(20):
        ticks += 1
        await asyncio.sleep(0)


async def starter(gun):
    await asyncio.sleep(0)
    gun.set()


async def runner(gun, name):
    await gun.wait()
    ran.append(name)


async def main():
    global at_end
    asyncio.create_task(ticker())
    gun = asyncio.Event()
    await asyncio.gather(starter(gun), runner(gun, "a"), runner(gun, "b"), runner(gun, "c"))
    at_end = ticks


asyncio.run(main())
print(at_end, ran)
