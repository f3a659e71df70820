import asyncio

RESPONSES = {"/a": 3, "/b": 1, "/c": 2, "/d": 1}
fetched = []
in_flight = 0
peak = 0


async def fetch(url, limiter):
    global in_flight, peak
    async with limiter:
        in_flight += 1
        peak = max(peak, in_flight)
        await asyncio.sleep(RESPONSES[url] / 1000)
        in_flight -= 1
    fetched.append(url)
    return RESPONSES[url]


async def main():
    limiter = asyncio.Semaphore(2)
    tasks = [asyncio.create_task(fetch(u, limiter)) for u in RESPONSES]
    sizes = await asyncio.gather(*tasks)
    return sum(sizes)


total = asyncio.run(main())
first = fetched[0]
print(total, peak, fetched)
