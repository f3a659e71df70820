import asyncio


async def ping(host, latency):
    await asyncio.sleep(latency)
    return host, int(latency * 1000)


HOSTS = [("db", 0.03), ("web", 0.01), ("cache", 0.02)]


async def main():
    arrival = []
    for coro in asyncio.as_completed([ping(h, l) for h, l in HOSTS]):
        host, ms = await coro
        arrival.append(host)
        print(f"{host} answered in {ms} ms")
    print("first:", arrival[0], "last:", arrival[-1])


asyncio.run(main())
