# repro: weft's own error: a task whose coroutine gets a list of tasks as its parameter and waits on it
# with asyncio.wait: `weft import` says "the scenario imported from this program does not load: `ts` is not a
# shared array or map of this task's process". CPython 3.11: ok, log=[1, 2, 'end'].
import asyncio

log = []


async def inner(n):
    await asyncio.sleep(0.01 * n)
    log.append(n)


async def outer(ts):
    await asyncio.wait(ts)


async def main():
    ts = [asyncio.create_task(inner(1)), asyncio.create_task(inner(2))]
    t_out = asyncio.create_task(outer(ts))
    await t_out
    log.append("end")


asyncio.run(main())
