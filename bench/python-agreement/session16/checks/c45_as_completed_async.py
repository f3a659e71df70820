# check: asyncio.as_completed yields results as they finish
import asyncio

order = []


async def job(n, delay):
    await asyncio.sleep(delay)
    return n


async def main():
    tasks = [job(1, 0.05), job(2, 0.01), job(3, 0.03)]
    for coro in asyncio.as_completed(tasks):
        r = await coro
        order.append(r)


asyncio.run(main())
print(order)
