"""a coroutine returning from a try inside a loop; cancelled, its handler records and re-raises; finally on every way out."""
import asyncio

events = []


async def poll(name, rounds):
    for attempt in range(rounds):
        try:
            await asyncio.sleep(0.01)
            if attempt == 2:
                return attempt
        except asyncio.CancelledError:
            events.append(f"{name} cancelled")
            raise
        finally:
            events.append(f"{name} round {attempt}")
    return -1


async def main():
    quick = asyncio.create_task(poll("quick", 5))
    slow = asyncio.create_task(poll("slow", 50))
    await asyncio.sleep(0.045)
    slow.cancel()
    got = await asyncio.gather(quick, slow, return_exceptions=True)
    print(got[0], type(got[1]).__name__, slow.cancelled())
    print(events)


asyncio.run(main())
