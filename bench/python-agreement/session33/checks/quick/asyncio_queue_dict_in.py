import asyncio
out = []
async def main():
    q = asyncio.Queue()
    await q.put({'a': 1})
    msg = await q.get()
    out.append('a' in msg)
asyncio.run(main())
print(out)
