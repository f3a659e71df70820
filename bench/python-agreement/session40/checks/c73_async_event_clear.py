# Check: asyncio.Event set/clear: a waiter that arrives after clear waits until the next set. Bug: none.
import asyncio

log = []


async def waiter(ev, name, delay):
    await asyncio.sleep(delay)
    await ev.wait()
    log.append(name)


async def main():
    ev = asyncio.Event()
    w1 = asyncio.create_task(waiter(ev, "early", 0))
    w2 = asyncio.create_task(waiter(ev, "late", 0.02))
    await asyncio.sleep(0.01)
    ev.set()
    await asyncio.sleep(0)
    ev.clear()
    await asyncio.sleep(0.03)
    log.append("reset")
    ev.set()
    await asyncio.gather(w1, w2)


asyncio.run(main())
print(f"log={log}")
