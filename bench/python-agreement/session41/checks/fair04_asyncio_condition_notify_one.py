# check: asyncio.Condition.notify(1) wakes waiters in the order they waited
import asyncio

log = []


async def waiter(name, cond):
    async with cond:
        await cond.wait()
        log.append(name)


async def main():
    cond = asyncio.Condition()
    tasks = [asyncio.create_task(waiter(n, cond)) for n in ("p", "q", "r")]
    await asyncio.sleep(0)
    for _ in range(3):
        async with cond:
            cond.notify(1)
        await asyncio.sleep(0)
    await asyncio.gather(*tasks)


asyncio.run(main())
print(log)
