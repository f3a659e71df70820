import asyncio
out = []
async def bad():
    raise ValueError('x')
async def good():
    await asyncio.sleep(0)
    return 1
async def main():
    tasks = [asyncio.create_task(bad()), asyncio.create_task(good())]
    await asyncio.sleep(0)
    await asyncio.gather(*tasks, return_exceptions=True)
    out.append('gathered')
asyncio.run(main())
print(out)
