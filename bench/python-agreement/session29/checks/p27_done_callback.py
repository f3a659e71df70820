import asyncio

spins = 0
at_resume = -1


async def spinner():
    global spins
    for _ in range(20):
        spins += 1
        await asyncio.sleep(0)


async def quick(n):
    for _ in range(n):
        await asyncio.sleep(0)
    return n


marks = []

async def main():
    global at_resume
    asyncio.create_task(spinner())
    t = asyncio.create_task(quick(1))
    t.add_done_callback(lambda f: marks.append(spins))
    await t
    await asyncio.sleep(0)
    at_resume = marks[0] * 100 + spins
    at_resume = spins


asyncio.run(main())
print(at_resume)
