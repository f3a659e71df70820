import asyncio

got = []


async def job(n):
    await asyncio.sleep(0.002)
    return n


async def main():
    for f in asyncio.as_completed([job(1), job(2), job(3)]):
        got.append(await f)


asyncio.run(main())
print(got)
