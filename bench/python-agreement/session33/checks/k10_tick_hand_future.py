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

    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    async def setter():
        await asyncio.sleep(0)
        fut.set_result(7)
    s = asyncio.create_task(setter())
    v = await fut
    marks.append(ticks)
    await s
    marks.append(ticks)
    running = False
    await tick_task


asyncio.run(main())
print("ticks", ticks, "marks", marks)
