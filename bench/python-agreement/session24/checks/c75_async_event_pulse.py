"""asyncio.Event: set() then at once clear() still wakes the task already waiting."""
import asyncio

woke = 0


async def waiter(ev):
    global woke
    await ev.wait()
    woke = 1


async def main():
    ev = asyncio.Event()
    task = asyncio.create_task(waiter(ev))
    await asyncio.sleep(0.01)
    ev.set()
    ev.clear()
    await asyncio.wait_for(task, timeout=0.5)


asyncio.run(main())
print(woke)
