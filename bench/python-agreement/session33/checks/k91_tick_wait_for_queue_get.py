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

    async def producer():
        await asyncio.sleep(0)
        await q.put(7)
    p = asyncio.create_task(producer())
    v = await asyncio.wait_for(q.get(), timeout=5)
    marks.append((v, ticks))
    await p
    running = False
    await tick_task


asyncio.run(main())
print("ticks", ticks, "marks", marks)
