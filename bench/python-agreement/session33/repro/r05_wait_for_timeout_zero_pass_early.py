# SILENT: `await asyncio.wait_for(coro, timeout=0)` that times out comes back one loop pass early.
# CPython 3.11's wait_for with timeout <= 0 makes the task, sees it not done, cancels it and waits
# for it to end (_cancel_and_wait: a waiter future, woken by the task's done callback), then raises
# TimeoutError: the ticker runs 3 passes. weft's import is an await with a time-out of 0 and no wait
# for the cancelled task to end.
# CPython 3.11: 3 [3] every run.  weft-start explore: 1 outcome, complete within a 20ms time window:
# ticks=2 marks=[2].  (checks/k20_tick_wait_for_timeout.py: CPython [4, 5], weft [3, 4])
import asyncio

ticks = 0
running = True
marks = []


async def ticker():
    global ticks
    while running:
        ticks += 1
        await asyncio.sleep(0)


async def slow():
    await asyncio.sleep(1)


async def main():
    global running
    tick_task = asyncio.create_task(ticker())
    try:
        await asyncio.wait_for(slow(), timeout=0)
    except asyncio.TimeoutError:
        marks.append(ticks)
    running = False
    await tick_task


asyncio.run(main())
print(ticks, marks)
