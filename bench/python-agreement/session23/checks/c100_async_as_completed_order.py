# check: asyncio.as_completed yields in finish order
import asyncio

order = []


async def job(n, delay):
    await asyncio.sleep(delay)
    return n


async def main():
    aws = [job(1, 0.03), job(2, 0.01), job(3, 0.02)]
    for fut in asyncio.as_completed(aws):
        order.append(await fut)


asyncio.run(main())
