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
    sem = asyncio.Semaphore(2)
    tick_task = asyncio.create_task(ticker())
    await asyncio.sleep(0)

    async def user(name):
        async with sem:
            await asyncio.sleep(0)
            marks.append((name, ticks))
    await asyncio.gather(user("a"), user("b"), user("c"))
    marks.append(ticks)
    running = False
    await tick_task


asyncio.run(main())
print("ticks", ticks, "marks", marks)
