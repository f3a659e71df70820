# check: an asyncio task waiting on an Event that is set and cleared at once still wakes
import asyncio

woke = []


async def waiter(event):
    try:
        await asyncio.wait_for(event.wait(), timeout=0.1)
        woke.append("woke")
    except asyncio.TimeoutError:
        woke.append("timeout")


async def main():
    event = asyncio.Event()
    task = asyncio.create_task(waiter(event))
    await asyncio.sleep(0.01)
    event.set()
    event.clear()
    await task


asyncio.run(main())
first = woke[0]
print(woke)
