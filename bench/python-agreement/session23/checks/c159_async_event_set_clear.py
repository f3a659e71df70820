# check: asyncio.Event set() then clear() at once: the tasks already waiting still wake
import asyncio

woke = []


async def waiter(ev, n):
    await ev.wait()
    woke.append(n)


async def main():
    ev = asyncio.Event()
    ts = [asyncio.create_task(waiter(ev, n)) for n in range(2)]
    await asyncio.sleep(0)
    ev.set()
    ev.clear()
    await asyncio.sleep(0.01)
    for t in ts:
        t.cancel()


asyncio.run(main())
