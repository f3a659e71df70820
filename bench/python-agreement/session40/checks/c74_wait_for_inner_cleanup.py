# Check: wait_for timeout cancels the inner coroutine; its except CancelledError handler runs before TimeoutError arrives. Bug: none.
import asyncio

events = []


async def work():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        events.append("inner-cancelled")
        raise


async def main():
    try:
        await asyncio.wait_for(work(), timeout=0.01)
    except asyncio.TimeoutError:
        events.append("timeout")


asyncio.run(main())
print(f"events={events}")
