# a task that catches CancelledError and returns is not cancelled: its result is what it returned
import asyncio

outcome = 0
was_cancelled = -1


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        return 42
    return 1


async def main():
    global outcome, was_cancelled
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0.001)
    t.cancel()
    outcome = await t
    was_cancelled = 1 if t.cancelled() else 0


asyncio.run(main())
print(outcome, was_cancelled)
