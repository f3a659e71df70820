# Silent error (weft-start 81fd411): asyncio.as_completed over coroutines one of which raises, each awaited
# in try/except. weft's watcher task for the failing job re-raises instead of handing the job on, so main
# waits forever: explore "complete within a 20ms time window", every schedule `deadlock` (bad=0);
# CPython: ok, bad=1, good=[1, 3]. (Without the raise weft is right; concurrent.futures.as_completed with a
# failing job is right too: checks/c25.)
import asyncio

good = []
bad = 0


async def job(n):
    await asyncio.sleep(0.01 * n)
    if n == 2:
        raise ValueError(n)
    return n


async def main():
    global bad
    for coro in asyncio.as_completed([job(n) for n in range(1, 4)]):
        try:
            good.append(await coro)
        except ValueError:
            bad += 1


asyncio.run(main())
