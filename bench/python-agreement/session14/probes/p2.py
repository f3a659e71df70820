# asyncio Event pulse
import asyncio

woke = 0


async def waiter(ev):
    global woke
    await ev.wait()
    woke = 1


async def main():
    ev = asyncio.Event()
    t = asyncio.create_task(waiter(ev))
    await asyncio.sleep(0.01)
    ev.set()
    ev.clear()
    await asyncio.sleep(0.01)
    t.cancel()


asyncio.run(main())
