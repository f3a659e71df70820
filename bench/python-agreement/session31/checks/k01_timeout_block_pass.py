# an inline `async with asyncio.timeout(1):` around two sleep(0)s: where does main resume against a spinner?
import asyncio

spins = 0
at_resume = -1


async def spinner():
    global spins
    for _ in range(12):
        spins += 1
        await asyncio.sleep(0)


async def main():
    global at_resume
    asyncio.create_task(spinner())
    async with asyncio.timeout(1):
        await asyncio.sleep(0)
        await asyncio.sleep(0)
    at_resume = spins


asyncio.run(main())
print(at_resume)
