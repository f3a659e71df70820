# check: asyncio.Event.set wakes the waiters in the order they started waiting
import asyncio

log = []


async def waiter(name, ev):
    await ev.wait()
    log.append(name)


async def main():
    ev = asyncio.Event()
    tasks = [asyncio.create_task(waiter(n, ev)) for n in ("c", "a", "b")]
    await asyncio.sleep(0)
    ev.set()
    log.append("set")
    await asyncio.gather(*tasks)


asyncio.run(main())
print(log)
