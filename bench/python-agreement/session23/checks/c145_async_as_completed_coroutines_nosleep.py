# check: asyncio.as_completed over coroutines that return at once: start and finish order follow a set of coroutines
import asyncio

order = []


async def job(n):
    order.append(n)
    return n


async def main():
    coros = [job(n) for n in range(3)]
    for fut in asyncio.as_completed(coros):
        order.append(10 + await fut)


asyncio.run(main())
