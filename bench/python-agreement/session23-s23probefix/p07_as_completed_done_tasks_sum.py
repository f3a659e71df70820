# r01 with an order-free body: tasks done already, their results summed (any order gives 3)
import asyncio

total = 0


async def job(n):
    return n


async def main():
    global total
    tasks = [asyncio.create_task(job(n)) for n in range(3)]
    await asyncio.sleep(0.01)
    for fut in asyncio.as_completed(tasks):
        total += await fut


asyncio.run(main())
