"""asyncio.Event set() then clear() in the same step: the waiter still wakes with True."""
import asyncio

seen = []


async def waiter(ev):
    seen.append(await ev.wait())
    seen.append(ev.is_set())


async def main():
    ev = asyncio.Event()
    t = asyncio.create_task(waiter(ev))
    await asyncio.sleep(0)
    ev.set()
    ev.clear()
    await t


asyncio.run(main())
print(seen)
