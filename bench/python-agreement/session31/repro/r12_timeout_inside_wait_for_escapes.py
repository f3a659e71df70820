# CPython 3.11: outcome='timeout' (every run). weft-start: every run faults ("TimeoutError: raised by ..., raised
# again by `result` and not caught"), claim "complete within a 20ms time window". A TimeoutError raised inside the
# coroutine that `wait_for(coro, 1)` runs (here an inner wait_for's own time-out, as a client library's request
# timeout would be) passes through the outer wait_for in CPython and is caught by the caller's
# `except asyncio.TimeoutError:`; in weft it escapes the `try` (checks/k115; also `raise TimeoutError()`, and an
# inner `async with asyncio.timeout(0.01)`; a ValueError the same way, or no outer wait_for, are right).
import asyncio

outcome = ""


async def request():
    await asyncio.wait_for(asyncio.sleep(1), timeout=0.01)  # the server is slow


async def main():
    global outcome
    try:
        await asyncio.wait_for(request(), timeout=1)
        outcome = "done"
    except asyncio.TimeoutError:
        outcome = "timeout"


asyncio.run(main())
print(outcome)
