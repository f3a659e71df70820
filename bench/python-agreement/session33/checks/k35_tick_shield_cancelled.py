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

    async def inner():
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        marks.append(("inner", ticks))
    inner_task = asyncio.create_task(inner())
    async def outer():
        await asyncio.shield(inner_task)
    o = asyncio.create_task(outer())
    await asyncio.sleep(0)
    o.cancel()
    await asyncio.gather(o, return_exceptions=True)
    marks.append(ticks)
    await inner_task
    marks.append(ticks)
    running = False
    await tick_task


asyncio.run(main())
print("ticks", ticks, "marks", marks)
