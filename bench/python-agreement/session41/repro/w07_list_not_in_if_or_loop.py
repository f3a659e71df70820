# Wrong words: `failures = []` on the first line of an async function (called once) is refused with
# "threads, locks, queues, lists and dicts made inside an `if` or a loop the scenario runs cannot be followed
# at import time; make them before"; it is in neither an if nor a loop. (From session41 a03_deploy_taskgroup.py.)
# CPython prints: [1, 2]   Command: /work/notes/s41/weft-start import w08_list_not_in_if_or_loop.py

import asyncio


async def step(n):
    await asyncio.sleep(0.001)
    return n


async def rollout(plan):
    failures = []
    try:
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(step(p)) for p in plan]
    except* ValueError as eg:
        failures = [str(e) for e in eg.exceptions]
    if failures:
        return failures
    return [t.result() for t in tasks]


async def main():
    print(await rollout([1, 2]))


asyncio.run(main())
