# two tasks created, then awaited in turn: the second ended while main waited on the first
import asyncio

spins = 0
marks = []


async def spinner():
    global spins
    for _ in range(12):
        spins += 1
        await asyncio.sleep(0)


async def job(n):
    for _ in range(n):
        await asyncio.sleep(0)
    return n


async def main():
    asyncio.create_task(spinner())
    a = asyncio.create_task(job(3))
    b = asyncio.create_task(job(1))
    await a
    marks.append(spins)
    await b
    marks.append(spins)


asyncio.run(main())
print(marks)
