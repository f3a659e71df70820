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
        await q.put(1)
        await asyncio.sleep(0)
        await q.put(2)
    p = asyncio.create_task(producer())
    a = await q.get()
    marks.append(ticks)
    b = await q.get()
    marks.append(ticks)
    await p
    running = False
    await tick_task


asyncio.run(main())
print("ticks", ticks, "marks", marks)
