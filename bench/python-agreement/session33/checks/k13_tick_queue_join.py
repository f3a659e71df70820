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

    async def worker():
        while True:
            item = await q.get()
            await asyncio.sleep(0)
            q.task_done()
    w = asyncio.create_task(worker())
    q.put_nowait(1)
    q.put_nowait(2)
    await q.join()
    marks.append(ticks)
    w.cancel()
    await asyncio.gather(w, return_exceptions=True)
    marks.append(ticks)
    running = False
    await tick_task


asyncio.run(main())
print("ticks", ticks, "marks", marks)
