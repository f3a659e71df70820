# silent error: asyncio.wait_for's time-out cancels the inner task; when the inner coroutine catches
# CancelledError and ends normally (here: logs and falls off the end), CPython 3.11's wait_for returns its
# value (None) and raises no TimeoutError. weft lists only timed_out and says it is complete.
import asyncio

outcome = "none"


async def poll_forever():
    try:
        while True:
            await asyncio.sleep(0.005)
    except asyncio.CancelledError:
        print("poller stopped")


async def main():
    global outcome
    try:
        await asyncio.wait_for(poll_forever(), timeout=0.020)
        outcome = "returned"
    except asyncio.TimeoutError:
        outcome = "timed_out"


asyncio.run(main())
