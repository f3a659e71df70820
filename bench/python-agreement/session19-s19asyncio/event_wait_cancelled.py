# CHECK (session 19): Event.wait cancelled after the set. CPython 3.11.7: ['w1 cancelled', 'w2 woke',
# 'main saw w1 cancelled'] in 20 of 20; among weft's 2 outcomes (complete).
import asyncio

log = []


async def waiter(name, event):
    try:
        await event.wait()
        log.append(f"{name} woke")
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def main():
    event = asyncio.Event()
    w1 = asyncio.create_task(waiter("w1", event))
    w2 = asyncio.create_task(waiter("w2", event))
    await asyncio.sleep(0)
    event.set()
    w1.cancel()
    try:
        await w1
    except asyncio.CancelledError:
        log.append("main saw w1 cancelled")
    await w2


asyncio.run(main())
print(log)
