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

    q.put_nowait(1)
    v = await q.get()
    marks.append((v, ticks))
    await q.put(2)
    marks.append(ticks)
    running = False
    await tick_task


asyncio.run(main())
print("ticks", ticks, "marks", marks)
