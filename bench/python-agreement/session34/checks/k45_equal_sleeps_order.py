# Tasks sleeping the same duration wake in the order they started sleeping; call_later ties too.
import asyncio

order = []


async def sleeper(name, d):
    await asyncio.sleep(d)
    order.append(name)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.01, order.append, "cb1")
    tasks = [asyncio.create_task(sleeper(n, 0.01)) for n in "xyz"]
    loop.call_later(0.01, order.append, "cb2")
    await asyncio.gather(*tasks)
    await asyncio.sleep(0.02)
    print(order)


asyncio.run(main())
