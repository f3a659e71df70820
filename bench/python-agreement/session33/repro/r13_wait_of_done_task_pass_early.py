# SILENT: `await asyncio.wait([t])` of a task that has already ended comes back one loop pass early.
# CPython's _wait adds its _on_completion callback to the done task, which schedules it with call_soon
# (one pass), and _on_completion sets the waiter future, whose wake-up of main is one more pass.
# CPython 3.11: ticks 4 marks [(1, 4)] every run.  weft-start explore: 1 outcome, complete: ticks=3,
# marks [(1, 3)].  (checks/k67_tick_wait_single_done_task.py)
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

    async def quick():
        return 1
    t = asyncio.create_task(quick())
    await asyncio.sleep(0)
    done, pending = await asyncio.wait([t])
    marks.append((len(done), ticks))
    running = False
    await tick_task


asyncio.run(main())
print("ticks", ticks, "marks", marks)
