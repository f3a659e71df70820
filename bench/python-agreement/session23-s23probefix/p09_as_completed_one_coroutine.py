# asyncio.as_completed over one coroutine: a set of one has one order
import asyncio

order = []


async def job(n):
    order.append(n)
    return n


async def main():
    for fut in asyncio.as_completed([job(1)]):
        order.append(await fut)


asyncio.run(main())
