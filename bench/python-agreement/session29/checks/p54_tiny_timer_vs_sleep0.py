# a 1 microsecond timer is due by the next pass, where it runs after the handles scheduled in this pass
import asyncio

order = []


async def tiny():
    await asyncio.sleep(0.000001)
    order.append(1)


async def zero():
    await asyncio.sleep(0)
    order.append(2)


async def main():
    await asyncio.gather(tiny(), zero())


asyncio.run(main())
print(order)
