import asyncio

order = []


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(order.append, 1)
    loop.call_soon(order.append, 2)
    order.append(0)
    await asyncio.sleep(0)
    order.append(3)


asyncio.run(main())
