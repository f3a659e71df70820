import asyncio

out = []


async def bad():
    raise ValueError("x")


async def slow():
    await asyncio.sleep(1)


async def main():
    tasks = [asyncio.create_task(bad()), asyncio.create_task(slow())]
    await asyncio.sleep(0)
    for t in tasks:
        t.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    out.append("gathered")


asyncio.run(main())
print(out)
