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
    sem = asyncio.Semaphore(1)
    tick_task = asyncio.create_task(ticker())
    await asyncio.sleep(0)

    async def user(name):
        async with sem:
            marks.append((name, ticks))
            await asyncio.sleep(0)
    a = asyncio.create_task(user("a"))
    b = asyncio.create_task(user("b"))
    c = asyncio.create_task(user("c"))
    await asyncio.sleep(0)
    b.cancel()
    await a
    await c
    try:
        await b
    except asyncio.CancelledError:
        marks.append(('b cancelled', ticks))
    marks.append(ticks)
    running = False
    await tick_task


asyncio.run(main())
print("ticks", ticks, "marks", marks)
