# no bug: wait_for on an existing task cancels that task at the time-out (it is not shielded)
import asyncio

events = []


async def report():
    try:
        await asyncio.sleep(0.100)
        events.append("report done")
    except asyncio.CancelledError:
        events.append("report cancelled")
        raise


async def main():
    task = asyncio.create_task(report())
    try:
        await asyncio.wait_for(task, timeout=0.005)
    except asyncio.TimeoutError:
        events.append("timed out")


asyncio.run(main())
print(events)
