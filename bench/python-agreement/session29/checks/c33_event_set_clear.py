# set() then clear() at once: the waiter still wakes, because set() already woke it
import asyncio

woke = 0


async def waiter(ev):
    global woke
    await ev.wait()
    woke = 1


async def main():
    ev = asyncio.Event()
    t = asyncio.create_task(waiter(ev))
    await asyncio.sleep(0)
    ev.set()
    ev.clear()
    try:
        await asyncio.wait_for(t, timeout=0.05)
    except asyncio.TimeoutError:
        pass


asyncio.run(main())
print(woke)
