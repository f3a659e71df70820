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
    tick_task = asyncio.create_task(ticker())
    await asyncio.sleep(0)

    async def ok(n):
        for _ in range(n):
            await asyncio.sleep(0)
        return n
    async def bad():
        await asyncio.sleep(0)
        raise KeyError("k")
    res = await asyncio.gather(ok(2), bad(), ok(1), return_exceptions=True)
    marks.append((len(res), ticks))
    running = False
    await tick_task


asyncio.run(main())
print("ticks", ticks, "marks", marks)
