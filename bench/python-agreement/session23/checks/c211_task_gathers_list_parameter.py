# check: a task whose coroutine gathers a list of tasks given as its parameter
import asyncio

log = []


async def inner(n):
    await asyncio.sleep(0.001 * n)
    return n * 10


async def collector(ts):
    values = await asyncio.gather(*ts)
    log.extend(values)


async def main():
    ts = [asyncio.create_task(inner(2)), asyncio.create_task(inner(1))]
    c = asyncio.create_task(collector(ts))
    await c
    log.append(0)


asyncio.run(main())
