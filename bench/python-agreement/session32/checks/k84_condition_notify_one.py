# asyncio.Condition.notify(1) with two waiters: only the first waiter wakes before the second notify.
import asyncio

woke = []


async def waiter(i, cond):
    async with cond:
        await cond.wait()
        woke.append(i)


async def main():
    cond = asyncio.Condition()
    ws = [asyncio.create_task(waiter(i, cond)) for i in range(2)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(1)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    woke.append(-1)
    async with cond:
        cond.notify(1)
    await asyncio.gather(*ws)


asyncio.run(main())
print(woke)
