"""asyncio.Barrier (3.11): wait() returns a distinct index per task; one task sees 0."""
import asyncio

leaders = 0
index_sum = 0


async def party(barrier):
    global leaders, index_sum
    index = await barrier.wait()
    index_sum += index
    if index == 0:
        leaders += 1


async def main():
    barrier = asyncio.Barrier(3)
    await asyncio.gather(party(barrier), party(barrier), party(barrier))


asyncio.run(main())
print(leaders, index_sum)
