"""asyncio: wait_for(cond.wait_for(pred), timeout) gives the predicate's value when it comes in time."""
import asyncio

items = []
value = -1


async def producer(cond):
    await asyncio.sleep(0.01)
    async with cond:
        items.extend([4, 5, 6])
        cond.notify_all()


async def main():
    global value
    cond = asyncio.Condition()
    task = asyncio.create_task(producer(cond))
    async with cond:
        value = await cond.wait_for(lambda: len(items) if items else 0)
    await task


asyncio.run(main())
print(value)
