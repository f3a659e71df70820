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

    async def waiter(name):
        await ev.wait()
        marks.append((name, ticks))
    ws = [asyncio.create_task(waiter(n)) for n in ("w1", "w2")]
    await asyncio.sleep(0)
    ev.set()
    await asyncio.gather(*ws)
    marks.append(ticks)
    running = False
    await tick_task


asyncio.run(main())
print("ticks", ticks, "marks", marks)
