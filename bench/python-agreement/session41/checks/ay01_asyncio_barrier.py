# check: asyncio.Barrier (3.11) releases all parties together; wait() returns the arrival index
import asyncio

log = []


async def party(name, delay, barrier):
    await asyncio.sleep(delay)
    idx = await barrier.wait()
    log.append(f"{name}{idx}")


async def main():
    barrier = asyncio.Barrier(3)
    await asyncio.gather(party("a", 0.003, barrier), party("b", 0.001, barrier), party("c", 0.002, barrier))


asyncio.run(main())
print(log)
