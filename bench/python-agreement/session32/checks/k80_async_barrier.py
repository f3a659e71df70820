# asyncio.Barrier (new in 3.11): three parties, the order they pass.
import asyncio

passed = []


async def party(i, barrier):
    for _ in range(i):
        await asyncio.sleep(0)
    await barrier.wait()
    passed.append(i)


async def main():
    barrier = asyncio.Barrier(3)
    await asyncio.gather(*(party(i, barrier) for i in range(3)))


asyncio.run(main())
print(passed)
