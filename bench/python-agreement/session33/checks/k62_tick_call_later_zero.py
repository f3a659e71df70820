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

    def note():
        marks.append(("later", ticks))
    loop = asyncio.get_running_loop()
    loop.call_later(0, note)
    await asyncio.sleep(0)
    marks.append(ticks)
    await asyncio.sleep(0)
    marks.append(ticks)
    running = False
    await tick_task


asyncio.run(main())
print("ticks", ticks, "marks", marks)
