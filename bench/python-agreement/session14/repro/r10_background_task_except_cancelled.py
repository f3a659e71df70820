# MISS, r09 with `except asyncio.CancelledError: closed = 1; raise` instead of `finally`. CPython:
# closed == 1 (20 of 20); weft lists closed == 0 only, "complete within a 20ms time window".
import asyncio

started = 0
closed = 0


async def heartbeat():
    global started, closed
    started = 1
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        closed = 1
        raise


async def main():
    task = asyncio.create_task(heartbeat())
    await asyncio.sleep(0.01)  # the real work


asyncio.run(main())
