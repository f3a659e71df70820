"""asyncio.Barrier (3.11): three tasks meet, the index wait() returns is each party's arrival order."""
import asyncio

arrivals = []


async def party(name, delay, barrier):
    await asyncio.sleep(delay)
    position = await barrier.wait()
    arrivals.append((name, position))


async def main():
    barrier = asyncio.Barrier(3)
    await asyncio.gather(party("a", 0.003, barrier), party("b", 0.001, barrier), party("c", 0.002, barrier))


asyncio.run(main())
print(sorted(arrivals))
