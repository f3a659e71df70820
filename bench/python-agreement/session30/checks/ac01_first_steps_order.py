import asyncio

started = []
finished = []


async def job(name, delay):
    started.append(name)
    await asyncio.sleep(delay)
    finished.append(name)
    return name


async def main():
    got = []
    for f in asyncio.as_completed([job(1, 0.002), job(2, 0.001), job(3, 0.003)]):
        got.append(await f)
    return got


results = asyncio.run(main())
print(started, finished, results)
