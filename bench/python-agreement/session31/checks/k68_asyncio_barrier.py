# asyncio.Barrier (3.11): three coroutines meet twice; a spinner counts passes
import asyncio

spins = 0
marks = []


async def spinner():
    global spins
    for _ in range(20):
        spins += 1
        await asyncio.sleep(0)


async def party(barrier, name, delay):
    for _ in range(delay):
        await asyncio.sleep(0)
    await barrier.wait()
    marks.append((name, spins))


async def main():
    barrier = asyncio.Barrier(3)
    asyncio.create_task(spinner())
    await asyncio.gather(party(barrier, "a", 0), party(barrier, "b", 1), party(barrier, "c", 2))


asyncio.run(main())
print(marks)
