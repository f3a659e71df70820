# wait_for(t, 0) of a task that has already ended returns its result at once in CPython 3.11 (`if
# fut.done(): return fut.result()` before any wait): main does not leave the loop at all.
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
    return 5


async def main():
    global running
    tick_task = asyncio.create_task(ticker())
    t = asyncio.create_task(quick())
    await asyncio.sleep(0)
    marks.append(ticks)
    value = await asyncio.wait_for(t, 0)
    marks.append((value, ticks))
    running = False
    await tick_task


asyncio.run(main())
print("ticks", ticks, "marks", marks)
