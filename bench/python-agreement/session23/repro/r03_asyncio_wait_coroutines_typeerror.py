# repro: Python 3.11 forbids coroutines in asyncio.wait(): `TypeError: Passing coroutines is forbidden,
# use tasks explicitly.` (asyncio/tasks.py, wait). CPython: fault 10/10, log stays empty (the coroutines
# never run). weft runs them as tasks: ok, log=[1, 2, 2] or [2, 1, 2], "complete within a 20ms time window".
import asyncio

log = []


async def job(n):
    await asyncio.sleep(0.001)
    log.append(n)
    return n


async def main():
    done, pending = await asyncio.wait([job(1), job(2)])
    log.append(len(done))


asyncio.run(main())
