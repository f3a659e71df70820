# r11 contrast (await_task_agrees): CPython cancelled, weft-start outcome='cancelled' 
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
        await task
        outcome = "done"
    except asyncio.TimeoutError:
        outcome = "timeout"
    except asyncio.CancelledError:
        outcome = "cancelled"


asyncio.run(main())
print(outcome)
