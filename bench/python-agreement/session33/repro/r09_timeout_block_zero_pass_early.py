# SILENT: `async with asyncio.timeout(0):` around an await that would block comes back one loop pass
# early: CPython's Timeout schedules call_at(now) which cancels the task on the next iteration, and the
# task resumes with CancelledError one pass after that.  (Family of r05 and r08: a time-out of 0.)
# CPython 3.11: 2 [2] every run.  weft-start explore: 1 outcome, complete within a 20ms time window:
# ticks=1 marks=[1].  (checks/k43_tick_timeout_block_cleanup.py, with a finally that awaits: 4 4 vs 3 3)
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
    try:
        async with asyncio.timeout(0):
            await asyncio.sleep(1)
    except TimeoutError:
        marks.append(ticks)
    running = False
    await tick_task


asyncio.run(main())
print(ticks, marks)
