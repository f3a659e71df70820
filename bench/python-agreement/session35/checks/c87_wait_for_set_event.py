"""wait_for(ev.wait(), timeout) of an Event already set, in two coroutines: never a time-out."""
import asyncio

results = []


async def waiter(ev):
    try:
        results.append(await asyncio.wait_for(ev.wait(), timeout=0.004))
    except asyncio.TimeoutError:
        results.append("timeout")


async def main():
    ev = asyncio.Event()
    ev.set()
    await asyncio.gather(waiter(ev), waiter(ev))


asyncio.run(main())
print(results)
