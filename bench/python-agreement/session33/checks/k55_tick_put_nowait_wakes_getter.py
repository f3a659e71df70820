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

    async def getter():
        item = await q.get()
        marks.append(("got", item, ticks))
    g = asyncio.create_task(getter())
    await asyncio.sleep(0)
    q.put_nowait(3)
    try:
        q.put_nowait(4)
        marks.append("second put")
    except asyncio.QueueFull:
        marks.append(("full", ticks))
    await g
    marks.append(ticks)
    running = False
    await tick_task


asyncio.run(main())
print("ticks", ticks, "marks", marks)
