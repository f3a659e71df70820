# weft explore finds no schedule at all (0 outcomes, "incomplete: stopped at --time-limit"; every
# schedule ends at the step limit with the ticker still spinning, main never resumed) when main cancels
# a task sleeping on a timer and awaits it while another task spins on `await asyncio.sleep(0)`.
# `weft run` gives CPython's ticks=3; `weft fuzz --seeds 0..20` finishes (ticks 3, 4, ...).
# CPython 3.11: 3 (every run).  weft-start explore --time-limit 10s: 0 schedules, no outcome.
# From checks/k14_tick_cancel_then_await.py (agree.py: MISS, 0 weft outcomes); also k15 (to_thread), k42
# (a TaskGroup cancelling a sleeping sibling), k45, k46, k47. With the sleeper waiting on an
# asyncio.Event instead of `sleep(1)` (checks/quick/m5.py) explore is complete with CPython's ticks=3:
# it is the cancel of a task parked on a timer.
import asyncio

ticks = 0
running = True


async def ticker():
    global ticks
    while running:
        ticks += 1
        await asyncio.sleep(0)


async def sleeper():
    await asyncio.sleep(1)


async def main():
    global running
    tick_task = asyncio.create_task(ticker())
    s = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    s.cancel()
    try:
        await s
    except asyncio.CancelledError:
        pass
    running = False
    await tick_task


asyncio.run(main())
print(ticks)
