import asyncio

ticks = 0
running = True
marks = []


async def ticker():
    global ticks
    while running:
        ticks += 1
        await asyncio.sleep(0)


async def quick():
    return 1


async def main():
    global running
    tick_task = asyncio.create_task(ticker())
    t = asyncio.create_task(quick())
    await asyncio.sleep(0)
    marks.append(ticks)

    a = await asyncio.gather(t)
    b = await asyncio.gather(t, t)
    marks.append((len(a) + len(b), ticks))
    running = False
    await tick_task


asyncio.run(main())
print("ticks", ticks, "marks", marks)
