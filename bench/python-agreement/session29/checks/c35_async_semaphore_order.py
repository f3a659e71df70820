import asyncio

order = []


async def job(sem, n):
    async with sem:
        order.append(n)
        await asyncio.sleep(0)


async def main():
    sem = asyncio.Semaphore(1)
    await asyncio.gather(*(job(sem, n) for n in range(4)))


asyncio.run(main())
print(order)
