import asyncio

spins = 0
at_release = -1
at_enter = -1


async def spinner():
    global spins
    for _ in range(10):
        spins += 1
        await asyncio.sleep(0)


async def first(sem):
    global at_release
    async with sem:
        await asyncio.sleep(0)
        at_release = spins


async def second(sem):
    global at_enter
    async with sem:
        at_enter = spins


async def main():
    sem = asyncio.Semaphore(1)
    await asyncio.gather(spinner(), first(sem), second(sem))


asyncio.run(main())
print(at_release, at_enter)
