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
