"""asyncio values: cancel() of a done task is False, of a pending one True; sleep() gives None; Event.wait() True."""
import asyncio

values = {}


async def quick():
    return 5


async def slow():
    await asyncio.sleep(1)


async def main():
    done_task = asyncio.create_task(quick())
    await done_task
    values["cancel_done"] = 1 if done_task.cancel() else 0
    pending = asyncio.create_task(slow())
    await asyncio.sleep(0)
    values["cancel_pending"] = 1 if pending.cancel() else 0
    event = asyncio.Event()
    event.set()
    waited = await event.wait()
    values["event"] = 1 if waited else 0
    lock = asyncio.Lock()
    locked = await lock.acquire()
    values["lock"] = 1 if locked else 0
    values["lock_text"] = str(locked)
    lock.release()
    try:
        await pending
    except asyncio.CancelledError:
        values["pending_cancelled"] = 1


asyncio.run(main())
print(values)
