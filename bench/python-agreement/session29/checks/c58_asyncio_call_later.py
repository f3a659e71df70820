import asyncio

fired = []


def ring(n):
    fired.append(n)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.002, ring, 2)
    loop.call_soon(ring, 1)
    handle = loop.call_later(0.001, ring, 3)
    handle.cancel()
    await asyncio.sleep(0.01)


asyncio.run(main())
print(fired)
