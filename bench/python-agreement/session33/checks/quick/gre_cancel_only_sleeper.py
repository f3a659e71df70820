import asyncio
out = []
async def bad():
    raise ValueError('x')
async def slow():
    await asyncio.sleep(1)
async def main():
    b = asyncio.create_task(bad())
    s = asyncio.create_task(slow())
    await asyncio.sleep(0)
    s.cancel()
    await asyncio.gather(b, s, return_exceptions=True)
    out.append('gathered')
asyncio.run(main())
print(out)
