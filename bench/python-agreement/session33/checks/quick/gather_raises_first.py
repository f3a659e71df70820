import asyncio
out = []
async def bad():
    await asyncio.sleep(0)
    raise KeyError('k')
async def good():
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    out.append('good finished')
async def main():
    try:
        await asyncio.gather(bad(), good())
    except KeyError:
        out.append('caught')
    await asyncio.sleep(0)
    await asyncio.sleep(0)
asyncio.run(main())
print(out)
