# silent error: as r03, with `async with asyncio.timeout(0.020): await poll_forever()` (Python 3.11):
# the deadline cancels the current task inside poll_forever, which catches CancelledError and returns,
# so the block ends with no exception and CPython raises no TimeoutError. weft lists only timed_out (complete).
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
        async with asyncio.timeout(0.020):
            await poll_forever()
        outcome = "returned"
    except asyncio.TimeoutError:
        outcome = "timed_out"


asyncio.run(main())
