# no bug: wait_for's time-out cancels the inner coroutine and waits for it to end before raising TimeoutError, so its cleanup comes first
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
    try:
        await asyncio.wait_for(report(), timeout=0.005)
    except asyncio.TimeoutError:
        events.append("timed out")


asyncio.run(main())
print(events)
