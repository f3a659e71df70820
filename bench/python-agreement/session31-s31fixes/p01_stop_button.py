# A download task that a "stop" coroutine cancels while main waits for it under wait_for: CPython's
# wait_for gives the task's CancelledError (no time passed), caught by main's except CancelledError.
import asyncio

outcome = ""
stopped = 0


async def download(q):
    await q.get()


async def stop_button(task):
    global stopped
    await asyncio.sleep(0)
    task.cancel()
    stopped += 1


async def main():
    global outcome
    q = asyncio.Queue()
    task = asyncio.create_task(download(q))
    stopper = asyncio.create_task(stop_button(task))
    try:
        await asyncio.wait_for(task, timeout=5)
        outcome = "done"
    except asyncio.TimeoutError:
        outcome = "timeout"
    except asyncio.CancelledError:
        outcome = "cancelled"
    await stopper


asyncio.run(main())
print(outcome, stopped)
