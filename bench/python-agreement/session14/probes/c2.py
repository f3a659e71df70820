# Expected: cancelled == 1
import asyncio

timeouts = 0
cancelled = 0


async def slow():
    global cancelled
    try:
        await asyncio.sleep(0.2)
    except asyncio.CancelledError:
        cancelled = 1
        raise


async def main():
    global timeouts
    try:
        await asyncio.wait_for(slow(), timeout=0.02)
    except asyncio.TimeoutError:
        timeouts += 1


asyncio.run(main())
