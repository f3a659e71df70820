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
    async def setter(f):
        await asyncio.sleep(0)
        f.set_result(3)
        marks.append(("set", ticks, f.done()))
    s = asyncio.create_task(setter(fut))
    marks.append(("before", fut.done()))
    v = await fut
    marks.append((v, ticks, fut.result()))
    await s
    running = False
    await tick_task


asyncio.run(main())
print("ticks", ticks, "marks", marks)
