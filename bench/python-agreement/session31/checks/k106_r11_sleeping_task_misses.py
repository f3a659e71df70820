# r11 contrast (sleeping_task_misses): CPython cancelled, weft-start outcome='timeout' 
import asyncio

outcome = ""


async def fetch(q):
    await asyncio.sleep(10)


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
