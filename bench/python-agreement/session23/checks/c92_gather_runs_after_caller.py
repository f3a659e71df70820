# check: gather() wraps coroutines in tasks that start only when the caller yields
import asyncio

order = []


async def quick(n):
    order.append(n)
    return n


async def main():
    g = asyncio.gather(quick(1), quick(2))
    order.append(0)
    await g
    order.append(3)


asyncio.run(main())
