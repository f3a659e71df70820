"""asyncio.Condition: waiters wait for a flag; notify_all wakes them all."""
import asyncio

ready = 0
woken = 0


async def waiter(cond):
    global woken
    async with cond:
        await cond.wait_for(lambda: ready == 1)
        woken += 1


async def main():
    global ready
    cond = asyncio.Condition()
    tasks = [asyncio.create_task(waiter(cond)) for _ in range(2)]
    await asyncio.sleep(0.01)
    async with cond:
        ready = 1
        cond.notify_all()
    await asyncio.gather(*tasks)


asyncio.run(main())
print(woken)
