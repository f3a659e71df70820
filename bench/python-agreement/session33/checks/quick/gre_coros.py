import asyncio
out = []
async def bad():
    raise ValueError('x')
async def good():
    await asyncio.sleep(0)
    return 1
async def main():
    await asyncio.gather(bad(), good(), return_exceptions=True)
    out.append('gathered')
asyncio.run(main())
print(out)
