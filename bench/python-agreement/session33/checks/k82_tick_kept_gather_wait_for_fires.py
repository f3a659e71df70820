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

    async def step(n):
        try:
            await asyncio.sleep(n)
        except asyncio.CancelledError:
            marks.append(("cancelled", n, ticks))
            raise
    job = asyncio.gather(step(1), step(2))
    try:
        await asyncio.wait_for(job, timeout=0)
    except asyncio.TimeoutError:
        marks.append(("timeout", ticks))
    running = False
    await tick_task


asyncio.run(main())
print("ticks", ticks, "marks", marks)
