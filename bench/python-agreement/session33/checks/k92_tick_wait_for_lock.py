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

    async def holder():
        async with lock:
            await asyncio.sleep(0)
    h = asyncio.create_task(holder())
    await asyncio.sleep(0)
    await asyncio.wait_for(lock.acquire(), timeout=5)
    marks.append(ticks)
    lock.release()
    await h
    running = False
    await tick_task


asyncio.run(main())
print("ticks", ticks, "marks", marks)
