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

    async def waiter(name, fut):
        v = await fut
        marks.append((name, v, ticks))
    fut = asyncio.get_running_loop().create_future()
    ws = [asyncio.create_task(waiter(n, fut)) for n in ("w1", "w2")]
    await asyncio.sleep(0)
    fut.set_result(5)
    await asyncio.gather(*ws)
    marks.append(ticks)
    running = False
    await tick_task


asyncio.run(main())
print("ticks", ticks, "marks", marks)
