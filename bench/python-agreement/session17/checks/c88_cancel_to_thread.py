# no bug: cancelling a task awaiting to_thread gives CancelledError at once; the thread itself runs to its end
import asyncio
import time

events = []


def blocking_io():
    time.sleep(0.030)
    events.append("io done")


async def main():
    task = asyncio.create_task(asyncio.to_thread(blocking_io))
    await asyncio.sleep(0.005)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        events.append("task cancelled")


asyncio.run(main())
print(events)
