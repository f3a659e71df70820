# asyncio.Semaphore(1) in 3.11.7: a releaser re-acquiring at once waits behind the queued waiter.
import asyncio

order = []


async def holder(sem):
    async with sem:
        order.append("h1")
        await asyncio.sleep(0)
    async with sem:
        order.append("h2")


async def waiter(sem):
    async with sem:
        order.append("w")


async def main():
    sem = asyncio.Semaphore(1)
    h = asyncio.create_task(holder(sem))
    await asyncio.sleep(0)
    w = asyncio.create_task(waiter(sem))
    await asyncio.gather(h, w)


asyncio.run(main())
print(order)
