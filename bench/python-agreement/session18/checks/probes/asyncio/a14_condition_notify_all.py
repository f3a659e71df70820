import asyncio

woke = []

async def waiter(cond, name):
    async with cond:
        await cond.wait()
        woke.append(name)

async def main():
    cond = asyncio.Condition()
    tasks = [asyncio.create_task(waiter(cond, n)) for n in ("a", "b", "c")]
    await asyncio.sleep(0.001)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0.001)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*tasks)

asyncio.run(main())
