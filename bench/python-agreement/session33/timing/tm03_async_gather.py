import asyncio


async def ping(host, delay):
    await asyncio.sleep(delay)
    return host


async def main():
    hosts = await asyncio.gather(ping("a", 0.02), ping("b", 0.01), ping("c", 0.03))
    await asyncio.sleep(0.005)
    print(hosts)


asyncio.run(main())
