import asyncio
got = []
async def main():
    q = asyncio.Queue()
    batch = [1]
    await q.put(batch)
    batch.append(2)
    item = await q.get()
    got.append(len(item))
asyncio.run(main())
print(got)
