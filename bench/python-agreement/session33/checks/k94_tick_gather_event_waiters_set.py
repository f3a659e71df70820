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
    ev = asyncio.Event()
    tick_task = asyncio.create_task(ticker())
    await asyncio.sleep(0)

    async def waiter():
        await ev.wait()
        return 1
    async def setter():
        await asyncio.sleep(0)
        ev.set()
    res = await asyncio.gather(waiter(), waiter(), setter())
    marks.append((res[0] + res[1], ticks))
    running = False
    await tick_task


asyncio.run(main())
print("ticks", ticks, "marks", marks)
