# check: wait_for on a task cancels the task when it times out; the task's except CancelledError runs before wait_for raises
import asyncio

log = []


async def slow():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append("inner")
        raise


async def main():
    t = asyncio.create_task(slow())
    try:
        await asyncio.wait_for(t, 0.01)
    except asyncio.TimeoutError:
        log.append("outer")
    log.append("done" if t.done() else "running")


asyncio.run(main())
