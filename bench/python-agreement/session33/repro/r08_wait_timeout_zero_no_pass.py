# SILENT: `await asyncio.wait([t], timeout=0)` comes back with no loop pass; CPython's wait arms
# call_later(0, ...) on a waiter future, so the timer fires on the next loop iteration and the waiter
# resumes one pass after that: the ticker runs 2 passes.  (Same family as r05 and r09: a time-out of 0.)
# CPython 3.11: 2 [(0, 2)] every run.  weft-start explore: 1 outcome, complete within a 20ms time
# window: ticks=0 marks=[(0, 0)].  (checks/k41_tick_wait_timeout_zero.py: CPython (0, 3), weft (0, 1))
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
    t = asyncio.create_task(asyncio.sleep(1))
    done, pending = await asyncio.wait([t], timeout=0)
    marks.append((len(done), ticks))
    t.cancel()
    running = False
    await tick_task


asyncio.run(main())
print(ticks, marks)
