# CPython 3.11: outcome='cancelled' (every run). weft-start: 'timeout' only, "complete". `asyncio.wait_for(task, 1)`
# of a task that another coroutine cancelled ends in CancelledError in CPython (wait_for returns the task's
# result, which raises it); weft raises TimeoutError although no time-out passed. Uncaught, every weft run
# faults with that TimeoutError where CPython's `except asyncio.CancelledError:` goes on (checks/k105).
import asyncio

outcome = ""


async def fetch(q):
    await q.get()


async def main():
    global outcome
    q = asyncio.Queue()
    task = asyncio.create_task(fetch(q))
    await asyncio.sleep(0)
    task.cancel()  # e.g. the user pressed "stop"
    try:
        await asyncio.wait_for(task, timeout=1)
        outcome = "done"
    except asyncio.TimeoutError:
        outcome = "timeout"
    except asyncio.CancelledError:
        outcome = "cancelled"


asyncio.run(main())
print(outcome)
