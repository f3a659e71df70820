# SILENT (the status): the shutdown idiom `for t in tasks: t.cancel()` then `await asyncio.gather(*tasks,
# return_exceptions=True)`, where one task had already ended with an exception. CPython's gather with
# return_exceptions=True never raises: it returns [ValueError('x'), CancelledError()] and main goes on.
# weft's import of this form (the cancelled workers' gather of gather_cancel.rs, with the passes of
# cancelled_gather_passes.rs) awaits each task with `await: { future: "tasks[i]", timeout: 1000000s, into: ended }`, which raises the ended task's
# ValueError in main; the run ends in a fault "ValueError: raised by `main-2#1`, raised again by
# `result` and not caught", "complete within a 20ms time window".
# CPython 3.11: ['gathered'] every run.  weft-start explore: 2 schedules, every one `fault len(out)=0`.
# (Found from checks/quick/wait_first_exception.py: FIRST_EXCEPTION, then cancel all and gather.)
import asyncio

out = []


async def bad():
    raise ValueError("x")


async def slow():
    await asyncio.sleep(1)


async def main():
    tasks = [asyncio.create_task(bad()), asyncio.create_task(slow())]
    await asyncio.sleep(0)
    for t in tasks:
        t.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    out.append("gathered")


asyncio.run(main())
print(out)
