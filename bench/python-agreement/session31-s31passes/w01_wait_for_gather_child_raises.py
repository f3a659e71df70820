# wait_for(gather(...)) whose second child raises while the first still runs: the exception reaches main
# three passes after the raise (gather's callback, wait_for's callback, the waiter's wake-up).
import asyncio

spins = 0
at_caught = -1


async def spinner():
    global spins
    for _ in range(12):
        spins += 1
        await asyncio.sleep(0)


async def slow(n):
    for _ in range(n):
        await asyncio.sleep(0)
    return n


async def bad(n):
    for _ in range(n):
        await asyncio.sleep(0)
    raise ValueError(n)


async def main():
    global at_caught
    asyncio.create_task(spinner())
    try:
        await asyncio.wait_for(asyncio.gather(slow(5), bad(1)), timeout=1)
    except ValueError:
        at_caught = spins
    await asyncio.sleep(0.01)


asyncio.run(main())
print(at_caught)
