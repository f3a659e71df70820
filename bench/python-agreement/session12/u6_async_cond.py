import asyncio
items = []
got = 0
async def consumer(cond):
    global got
    async with cond:
        await cond.wait_for(lambda: len(items) > 0)
        got = items.pop()
async def producer(cond):
    await asyncio.sleep(0.01)
    async with cond:
        items.append(7)
        cond.notify_all()
async def main():
    cond = asyncio.Condition()
    await asyncio.gather(consumer(cond), producer(cond))
asyncio.run(main())
print(got)
