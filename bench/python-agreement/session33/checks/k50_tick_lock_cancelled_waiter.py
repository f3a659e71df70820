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
    lock = asyncio.Lock()
    tick_task = asyncio.create_task(ticker())
    await asyncio.sleep(0)

    async def user(name, hold):
        async with lock:
            marks.append((name, ticks))
            for _ in range(hold):
                await asyncio.sleep(0)
    a = asyncio.create_task(user("a", 2))
    await asyncio.sleep(0)
    b = asyncio.create_task(user("b", 1))
    c = asyncio.create_task(user("c", 1))
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
