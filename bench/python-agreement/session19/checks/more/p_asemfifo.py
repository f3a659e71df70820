import asyncio
order = []
async def user(n, sem):
    async with sem:
        order.append(n)
        await asyncio.sleep(0)
async def main():
    sem = asyncio.Semaphore(1)
    await asyncio.gather(*(user(n, sem) for n in range(3)))
asyncio.run(main())
