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
    q = asyncio.Queue(maxsize=1)
    tick_task = asyncio.create_task(ticker())
    await asyncio.sleep(0)

    async def consumer():
        await asyncio.sleep(0)
        await q.get()
        await q.get()
    c = asyncio.create_task(consumer())
    await q.put(1)
    await q.put(2)
    marks.append(ticks)
    await c
    marks.append(ticks)
    running = False
    await tick_task


asyncio.run(main())
print("ticks", ticks, "marks", marks)
