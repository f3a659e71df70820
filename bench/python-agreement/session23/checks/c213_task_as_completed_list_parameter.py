# check: a task whose coroutine walks asyncio.as_completed over a list of tasks given as its parameter
import asyncio

log = []


async def inner(n):
    await asyncio.sleep(0.001 * n)
    return n


async def collector(ts):
    for fut in asyncio.as_completed(ts):
        v = await fut
        log.append(v)


async def main():
    ts = [asyncio.create_task(inner(2)), asyncio.create_task(inner(1))]
    c = asyncio.create_task(collector(ts))
    await c


asyncio.run(main())
