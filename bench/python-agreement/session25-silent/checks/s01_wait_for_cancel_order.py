"""asyncio.wait_for gives up on a coroutine that sleeps 10 s: the cancellation reaches the sleep at the time-out (0.1 s), the coroutine's handler runs, and only then does wait_for raise TimeoutError; a second task that prints at 1 s comes after both."""
import asyncio

events = []


async def slow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        events.append("inner cancelled")
        raise


async def ticker():
    await asyncio.sleep(1)
    events.append("tick at 1s")


async def main():
    tick = asyncio.create_task(ticker())
    try:
        await asyncio.wait_for(slow(), 0.1)
    except asyncio.TimeoutError:
        events.append("timed out")
    await tick
    print(events)


asyncio.run(main())
