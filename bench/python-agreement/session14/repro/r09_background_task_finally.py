# MISS. Expected by CPython: closed == 1 (when main returns, asyncio.run cancels the pending background
# task and runs the loop until it has finished, so its `finally` runs). weft imports the cancel but ends
# the run when main's coroutine returns, before the cancelled task steps again: it lists closed == 0 only
# (with started 0 or 1), "complete within a 20ms time window".
import asyncio

started = 0
closed = 0


async def heartbeat():
    global started, closed
    started = 1
    try:
        await asyncio.sleep(10)
    finally:
        closed = 1  # release the connection


async def main():
    task = asyncio.create_task(heartbeat())
    await asyncio.sleep(0.01)  # the real work


asyncio.run(main())
