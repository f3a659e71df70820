# silent error: on its time-out asyncio.wait_for cancels the inner coroutine's task and waits for it to end before it
# raises TimeoutError, so the inner task's except/finally runs first: CPython events=['report cancelled', 'timed out']
# 10/10. weft (complete) lists ['timed out'] and ['timed out', 'report cancelled'] only. Same cause as r03/r04.
import asyncio

events = []


async def report():
    try:
        await asyncio.sleep(0.100)
        events.append("report done")
    except asyncio.CancelledError:
        events.append("report cancelled")
        raise


async def main():
    try:
        await asyncio.wait_for(report(), timeout=0.005)
    except asyncio.TimeoutError:
        events.append("timed out")


asyncio.run(main())
print(events)
