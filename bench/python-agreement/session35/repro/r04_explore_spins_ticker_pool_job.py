"""An asyncio ticker coroutine beside `await loop.run_in_executor(pool, ...)` of a ThreadPoolExecutor
the coroutine made (`with ThreadPoolExecutor(max_workers=1) as pool:`).
CPython 3.11: prints 1 or 2 (ticks while the 2 ms job runs).
weft (start binary): `weft run` gives ticks = 3, fuzz 0-2, but `weft explore` makes 0 schedules in
30 s ("incomplete: stopped at --time-limit"): every schedule it tries runs the ticker to the step limit
(`--max-steps 5000 --max-schedules 2`: 2 step_limit, ticks=999), the pool job never picked up. With
`run_in_executor(None, ...)` (the default executor) explore ends in a second, complete within a 20ms
time window (ticks 0-23). Found through variants/a06_v1.py (agree.py: 0 weft outcomes, a MISS)."""
import asyncio
import time
from concurrent.futures import ThreadPoolExecutor

ticks = 0


def blocking(n):
    time.sleep(0.002)
    return n


async def ticker(stop):
    global ticks
    while not stop.is_set():
        ticks += 1
        await asyncio.sleep(0.001)


async def main():
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    t = asyncio.create_task(ticker(stop))
    with ThreadPoolExecutor(max_workers=1) as pool:
        await loop.run_in_executor(pool, blocking, 1)
    stop.set()
    await t


asyncio.run(main())
print(ticks)
