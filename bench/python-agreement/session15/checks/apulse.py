import asyncio

woken = 0


async def waiter(ev):
    global woken
    await ev.wait()
    woken = 1


async def main():
    ev = asyncio.Event()
    t = asyncio.create_task(waiter(ev))
    await asyncio.sleep(0.02)
    ev.set()
    ev.clear()
    await asyncio.sleep(0.02)
    t.cancel()


asyncio.run(main())
