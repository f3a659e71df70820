import asyncio

order = []

async def job(n):
    await asyncio.sleep(0.03 * (3 - n))
    return n

async def main():
    for fut in asyncio.as_completed([job(n) for n in range(3)]):
        order.append(await fut)

asyncio.run(main())
