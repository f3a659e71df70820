# wait_for(x, timeout=0) of a task or coroutine not done: CPython 3.11 cancels the task and waits for
# it to end (_cancel_and_wait: a waiter future, released by the task's done callback, one loop pass
# after the end), then gives the task's value when it caught its CancelledError and returned,
# TimeoutError otherwise. A started task that swallows the cancel and returns 7, then a fresh coroutine
# (cancelled before its first step).
import asyncio

ticks = 0
running = True
marks = []


async def ticker():
    global ticks
    while running:
        ticks += 1
        await asyncio.sleep(0)


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        return 7
    return 0


async def plain():
    await asyncio.sleep(1)
    return 1


async def main():
    global running
    tick_task = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    s = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    value = await asyncio.wait_for(s, timeout=0)
    marks.append((value, ticks))
    try:
        await asyncio.wait_for(plain(), 0)
    except asyncio.TimeoutError:
        marks.append(("timeout", ticks))
    running = False
    await tick_task


asyncio.run(main())
print("ticks", ticks, "marks", marks)
