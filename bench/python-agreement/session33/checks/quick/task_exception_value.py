import asyncio
out = []
async def bad():
    raise ValueError('x')
async def main():
    t = asyncio.create_task(bad())
    await asyncio.sleep(0)
    e = t.exception()
    out.append(type(e).__name__)
asyncio.run(main())
print(out)
