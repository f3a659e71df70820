import asyncio

order = []


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(order.append, "soon1")
    loop.call_later(0.01, order.append, "later")
    loop.call_soon(order.append, "soon2")
    order.append("main")
    await asyncio.sleep(0)
    order.append("after yield")
    await asyncio.sleep(0.02)


asyncio.run(main())
print(order)
