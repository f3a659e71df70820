import asyncio

ticks = 0
running = True
marks = []


async def ticker():
    global ticks
    while running:
        ticks += 1
        await asyncio.sleep(0)


async def main():
    global running
    q = asyncio.Queue()
    tick_task = asyncio.create_task(ticker())
    await asyncio.sleep(0)

    async def gen():
        while True:
            item = await q.get()
            if item is None:
                return
            yield item
    async def feeder():
        for n in (1, 2):
            await q.put(n)
            await asyncio.sleep(0)
        await q.put(None)
    f = asyncio.create_task(feeder())
    async for item in gen():
        marks.append((item, ticks))
    await f
    marks.append(ticks)
    running = False
    await tick_task


asyncio.run(main())
print("ticks", ticks, "marks", marks)
