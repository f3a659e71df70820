# asyncio.Condition: notify(1) wakes the first waiter; notify_all the rest; the order they run.
import asyncio

woken = []


async def waiter(cond, name):
    async with cond:
        await cond.wait()
        woken.append(name)


async def main():
    cond = asyncio.Condition()
    tasks = [asyncio.create_task(waiter(cond, n)) for n in "xyz"]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(1)
    await asyncio.sleep(0)
    woken.append("-")
    async with cond:
        cond.notify_all()
    await asyncio.gather(*tasks)
    print(woken)


asyncio.run(main())
