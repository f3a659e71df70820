# r11 contrast (task_raises_agrees): CPython value error, weft-start outcome='value error' 
import asyncio

outcome = ""


async def fetch(q):
    await q.get()
    raise ValueError("bad")


async def main():
    global outcome
    q = asyncio.Queue()
    task = asyncio.create_task(fetch(q))
    await asyncio.sleep(0)
    q.put_nowait(1)
    try:
        await asyncio.wait_for(task, timeout=1)
        outcome = "done"
    except asyncio.TimeoutError:
        outcome = "timeout"
    except asyncio.CancelledError:
        outcome = "cancelled"
    except ValueError:
        outcome = "value error"


asyncio.run(main())
print(outcome)
