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

    async def worker():
        while True:
            await asyncio.sleep(0)
    ws = [asyncio.create_task(worker()) for _ in range(2)]
    await asyncio.sleep(0)
    for w in ws:
        w.cancel()
    res = await asyncio.gather(*ws, return_exceptions=True)
    marks.append(ticks)
    marks.append(len(res))
    running = False
    await tick_task


asyncio.run(main())
print("ticks", ticks, "marks", marks)
