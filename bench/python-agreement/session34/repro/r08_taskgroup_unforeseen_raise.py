# SILENT: weft-start: explore "complete within a 20ms time window" lists only `fault` outcomes
# ("ExceptionGroup: raised by `main-2#1`, raised again by `result` and not caught"); CPython 3.11: the
# `except* TypeError` takes the group, caught=[1], alerts=[] or [2] (timing), exit 0, on every run.
# The TypeError of `None > 25` in a TaskGroup's child is not foreseen by the import (as in r06/r07), so the
# `except* TypeError` is translated as a handler no member reaches and the group escapes. With an explicit
# `raise TypeError(...)` in the child the import refuses at the `except*` ("takes some of the exception
# group's classes and not others"): honest. Awaiting each task in `try`/`except TypeError` agrees.
import asyncio

READINGS = [21, None, 30]
alerts = []
caught = []


async def check(i):
    await asyncio.sleep(0.001 * i)
    if READINGS[i] > 25:
        alerts.append(i)


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for i in range(3):
                tg.create_task(check(i))
    except* TypeError as group:
        caught.append(len(group.exceptions))
    print(alerts, caught)


asyncio.run(main())
