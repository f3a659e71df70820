# asyncio.Semaphore(1) gives a released unit to its first waiter (`_wake_up_next`): 0, 1, 2.
# CPython 3.11.7: order=[0, 1, 2] in 5 runs of 5. weft before session 19: also [0, 2, 1].
import asyncio
order = []
async def user(n, sem):
    async with sem:
        order.append(n)
        await asyncio.sleep(0)
async def main():
    sem = asyncio.Semaphore(1)
    await asyncio.gather(*(user(n, sem) for n in range(3)))
asyncio.run(main())
