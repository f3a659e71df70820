# asyncio: five coroutines sleep 10, 20, 30, 40 and 50ms concurrently, then the main coroutine sleeps 25ms.
import asyncio

order = []


async def nap(ms):
    await asyncio.sleep(ms / 1000)
    order.append(ms)


async def main():
    await asyncio.gather(*(nap(ms) for ms in (50, 10, 40, 20, 30)))
    await asyncio.sleep(0.025)
    print(order)


asyncio.run(main())
