import asyncio
out = []
async def handle(items):
    await asyncio.sleep(0)
    out.append(2 in items)
async def main():
    batch = [1, 2]
    t = asyncio.create_task(handle(batch))
    batch.append(3)
    await t
asyncio.run(main())
print(out)
