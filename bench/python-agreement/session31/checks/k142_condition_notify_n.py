# asyncio.Condition.notify(2) with three waiters: two wake, the third waits for notify_all
import asyncio

order = []


async def waiter(cond, name):
    async with cond:
        await cond.wait()
        order.append(name)


async def main():
    cond = asyncio.Condition()
    tasks = [asyncio.create_task(waiter(cond, n)) for n in ("a", "b", "c")]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    order.append("then all")
    async with cond:
        cond.notify_all()
    await asyncio.gather(*tasks)


asyncio.run(main())
print(order)
