"""A coroutine polls an asyncio.Event with sleep(0.001) inside a try; main gives it 5 ms with
asyncio.wait_for and nobody sets the event, so the poll is cancelled at its sleep, where the handler
counts it and re-raises.
CPython 3.11: `0 1 timeout` in every run (no pass saw the event; the handler ran once)."""
import asyncio

ev = None
seen = 0
cancelled = 0


async def poller():
    global seen, cancelled
    while not ev.is_set():
        try:
            await asyncio.sleep(0.001)
        except asyncio.CancelledError:
            cancelled += 1
            raise
    seen = 1


async def main():
    global ev
    ev = asyncio.Event()
    try:
        await asyncio.wait_for(poller(), timeout=0.005)
        return "done"
    except asyncio.TimeoutError:
        return "timeout"


result = asyncio.run(main())
print(seen, cancelled, result)
