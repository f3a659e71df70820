# repro: gather(..., return_exceptions=True) over a task that another task cancels: CPython 3.11 puts a
# CancelledError instance in that task's slot and returns normally (asyncio/tasks.py, gather's
# _done_callback: `if fut.cancelled(): res = exceptions.CancelledError(...)`). CPython: ok, kinds=[-1, 2]
# (10 of 10); weft: fault "CancelledError: `main-2#1` was cancelled", the only outcome, "complete within a
# 20ms time window". weft's import reads each slot in `try: result ... except Exception`, and
# CancelledError is a BaseException. (With the results only measured, `len(results)`, weft agrees.)
import asyncio

kinds = []


async def job(n, delay):
    await asyncio.sleep(delay)
    return n


async def canceller(t):
    await asyncio.sleep(0.002)
    t.cancel()


async def main():
    t1 = asyncio.create_task(job(1, 0.05))
    t2 = asyncio.create_task(job(2, 0.01))
    c = asyncio.create_task(canceller(t1))
    results = await asyncio.gather(t1, t2, return_exceptions=True)
    for r in results:
        kinds.append(-1 if isinstance(r, asyncio.CancelledError) else r)
    await c


asyncio.run(main())
