# SILENT ERROR (weft-start): a TaskGroup child fails; CPython 3.11 cancels its sibling in the pass after the
# failure (the group's _on_task_done callback), before the sibling's next step: at_cancelled=3 in every run.
# weft lets the sibling take one more step first: at_cancelled=4 only, "complete".
import asyncio

progress = 0
at_cancelled = -1
caught = 0


async def fails():
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    raise KeyError("k")


async def sibling():
    global progress, at_cancelled
    try:
        for _ in range(20):
            progress += 1
            await asyncio.sleep(0)
    except asyncio.CancelledError:
        at_cancelled = progress
        raise


async def main():
    global caught
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fails())
            tg.create_task(sibling())
    except* KeyError:
        caught = progress


asyncio.run(main())
print(at_cancelled, caught)
