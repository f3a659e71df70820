import asyncio

ticks = 0
running = True
marks = []


async def ticker():
    global ticks
    while running:
        ticks += 1
        await asyncio.sleep(0)


async def setter(fut):
    await asyncio.sleep(0)
    fut.set_result(3)
    marks.append(("set", ticks, fut.done()))


async def early_setter(fut):
    fut.set_result(4)


async def main():
    global running
    tick_task = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    fut = asyncio.get_running_loop().create_future()
    s = asyncio.create_task(setter(fut))
    marks.append(("before", fut.done()))
    v = await fut
    marks.append((v, ticks, fut.result()))
    await s
    fut2 = asyncio.get_running_loop().create_future()
    await asyncio.create_task(early_setter(fut2))
    marks.append(ticks)
    v2 = await fut2
    marks.append((v2, ticks))
    running = False
    await tick_task


asyncio.run(main())
print("ticks", ticks, "marks", marks)
