"""A coroutine blocks the event loop with ~20 ms of plain Python work after a 1 ms sleep, then sets an Event;
main waits for the Event with wait_for(timeout=0.005)."""
import asyncio

outcome = ""


async def blocker(event):
    await asyncio.sleep(0.001)
    total = 0
    for i in range(300_000):
        total += i % 7
    event.set()


async def main():
    global outcome
    event = asyncio.Event()
    task = asyncio.create_task(blocker(event))
    try:
        await asyncio.wait_for(event.wait(), timeout=0.005)
        outcome = "set"
    except asyncio.TimeoutError:
        outcome = "timeout"
    await task


asyncio.run(main())
print(outcome)
