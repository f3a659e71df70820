import asyncio

spins = 0
resumes = []


async def spinner():
    global spins
    for _ in range(12):
        spins += 1
        await asyncio.sleep(0)


async def quick(n):
    for _ in range(n):
        await asyncio.sleep(0)
    return n


async def main():
    asyncio.create_task(spinner())
    for f in asyncio.as_completed([quick(3), quick(1), quick(2)]):
        await f
        resumes.append(spins)


asyncio.run(main())
print(resumes)
