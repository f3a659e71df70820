# SILENT: `loop.call_later(0, note)` runs one loop pass late. CPython's _run_once moves the timers that
# are due onto the ready queue behind the handles already there and runs them in the same iteration, so
# `note` runs in the pass right after main's `await asyncio.sleep(0)` and sees ticks=2; weft runs it a
# pass later (ticks=3). (`call_soon` agrees: checks/k61.)
# CPython 3.11: ticks 3 marks [2, ('later', 2), 3] every run.  weft-start explore: 1 outcome, complete:
# marks [2, ('later', 3), 3].  (checks/k62_tick_call_later_zero.py)
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
