import asyncio

spins = 0
at_resume = -1
at_direct = -1


async def spinner():
    global spins
    for _ in range(20):
        spins += 1
        await asyncio.sleep(0)


async def quick():
    await asyncio.sleep(0)
    return 1


async def main():
    global at_resume, at_direct
    asyncio.create_task(spinner())
    await asyncio.sleep(0)
    before = spins
    await asyncio.wait_for(quick(), timeout=1)
    at_resume = spins - before
    before = spins
    await quick()
    at_direct = spins - before


asyncio.run(main())
print(at_resume, at_direct)
