"""wait_for cancels a slow coroutine: its side effect after the sleep never happens."""
import asyncio

finished = 0
cancelled = 0


async def slow():
    global finished
    await asyncio.sleep(0.2)
    finished = 1


async def main():
    global cancelled
    try:
        await asyncio.wait_for(slow(), timeout=0.05)
    except asyncio.TimeoutError:
        cancelled = 1


asyncio.run(main())
print(finished, cancelled)
