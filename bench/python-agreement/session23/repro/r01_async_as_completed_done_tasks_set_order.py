# repro: asyncio.as_completed over tasks that are already done yields them in the order of a set of
# tasks (by their addresses), not in creation order. CPython 3.11: asyncio/tasks.py as_completed does
# `todo = {ensure_future(f, loop=loop) for f in set(fs)}` and adds `_on_completion` to each in that
# set's order; a done task schedules its callback at once (call_soon), so the queue `done` is filled
# in set order. weft: [0, 1, 2] only, "complete within a 20ms time window".
import asyncio

order = []


async def job(n):
    return n


async def main():
    tasks = [asyncio.create_task(job(n)) for n in range(3)]
    await asyncio.sleep(0.01)
    for fut in asyncio.as_completed(tasks):
        order.append(await fut)


asyncio.run(main())
