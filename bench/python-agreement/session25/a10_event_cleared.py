# BUG: lost wake-up: the event is set and cleared again before the slow listener gets to wait on it
import asyncio


async def listener(name, event, delay, heard):
    await asyncio.sleep(delay)
    try:
        await asyncio.wait_for(event.wait(), timeout=0.05)
        heard.append(name)
    except asyncio.TimeoutError:
        heard.append(f"{name} missed it")


async def broadcaster(event):
    await asyncio.sleep(0.01)
    event.set()
    await asyncio.sleep(0)
    event.clear()  # reset for the next round


async def main():
    event = asyncio.Event()
    heard = []
    await asyncio.gather(
        listener("fast", event, 0, heard),
        listener("slow", event, 0.011, heard),
        broadcaster(event),
    )
    print(sorted(heard))
    assert all("missed" not in h for h in heard), "a listener missed the broadcast"


asyncio.run(main())
