import asyncio
out = []
async def handle(items):
    out.append(2 in items)
    out.append(len(items))
async def main():
    batch = [1, 2]
    batch.append(3)
    await handle(batch)
asyncio.run(main())
print(out)
