# r11 contrast (the task swallows its cancel and returns): CPython stopped, weft-start outcome='stopped'
import asyncio

outcome = ""


async def fetch(q):
    try:
        await q.get()
    except asyncio.CancelledError:
        return "stopped"


async def main():
    global outcome
    q = asyncio.Queue()
    task = asyncio.create_task(fetch(q))
    await asyncio.sleep(0)
    task.cancel()  # e.g. the user pressed "stop"
    try:
        outcome = await asyncio.wait_for(task, timeout=1)
    except asyncio.TimeoutError:
        outcome = "timeout"
    except asyncio.CancelledError:
        outcome = "cancelled"


asyncio.run(main())
print(outcome)
