# Wrong words (weft's own error leaks): weft import refuses at 17:1 with "the scenario imported from this
# program does not load: `failures_2` is a shared variable; write it with `set`" and the help "this is weft's own
# error, not the program's ... (please report it)". `failures_2` is an internal name; the program rebinds a local
# list in an `except*` handler. CPython prints: 0 1
# Command: /work/notes/s41/weft-start import w02_internal_failures_2_shared.py

import asyncio


async def step(n):
    await asyncio.sleep(0.001)
    if n > 1:
        raise ValueError(n)
    return n


async def rollout(count):
    failures = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(step(count))
    except* ValueError as eg:
        failures = [str(e) for e in eg.exceptions]
    return len(failures)


async def main():
    print(await rollout(1), await rollout(2))


asyncio.run(main())
