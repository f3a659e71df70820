# ordered
# asyncio.Condition.wait_for returns the predicate's value (an int here).
import asyncio

log = []


async def main():
    cond = asyncio.Condition()
    items = []

    async def producer():
        await asyncio.sleep(0.01)
        async with cond:
            items.append(1)
            items.append(2)
            items.append(3)
            cond.notify_all()

    task = asyncio.create_task(producer())
    async with cond:
        got = await cond.wait_for(lambda: len(items))
    log.append(f"{got}")
    await task


asyncio.run(main())
print(log)
