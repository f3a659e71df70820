import asyncio

started = []


async def job(n):
    started.append(n)
    await asyncio.sleep(0)
    return n


async def main():
    early = asyncio.create_task(job(1))
    got = []
    for f in asyncio.as_completed([early, job(2), job(3)]):
        got.append(await f)
    return got


got = asyncio.run(main())
print(started, got)
