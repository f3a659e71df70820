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

    fut = asyncio.get_running_loop().create_future()
    async def setter(f):
        f.set_result(4)
    await asyncio.create_task(setter(fut))
    marks.append(ticks)
    v = await fut
    marks.append((v, ticks))
    running = False
    await tick_task


asyncio.run(main())
print("ticks", ticks, "marks", marks)
