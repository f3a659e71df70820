# BUG: lost wake-up: the producer sets the Event twice before the consumer clears it, so one notification is swallowed
import asyncio


async def consumer(event, inbox, handled, expected):
    while len(handled) < expected:
        await event.wait()
        event.clear()
        handled.append(inbox.pop(0))


async def producer(event, inbox, batches):
    for batch in batches:
        for item in batch:
            inbox.append(item)
            event.set()
        await asyncio.sleep(0.01)


async def main():
    event = asyncio.Event()
    inbox, handled = [], []
    c = asyncio.create_task(consumer(event, inbox, handled, 3))
    await producer(event, inbox, [["a"], ["b", "c"]])
    try:
        await asyncio.wait_for(c, timeout=0.5)
    except asyncio.TimeoutError:
        pass
    print(handled, inbox)
    assert handled == ["a", "b", "c"], handled


asyncio.run(main())
