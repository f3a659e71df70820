# asyncio.Event set and cleared in one step: the waiters already waiting still wake; a late waiter does not
import asyncio

woke = []
late = ""


async def waiter(ev, name):
    await ev.wait()
    woke.append(name)


async def late_waiter(ev):
    global late
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    try:
        await asyncio.wait_for(ev.wait(), timeout=0.01)
        late = "woke"
    except asyncio.TimeoutError:
        late = "timeout"


async def main():
    ev = asyncio.Event()
    tasks = [asyncio.create_task(waiter(ev, n)) for n in ("a", "b")]
    await asyncio.sleep(0)
    ev.set()
    ev.clear()
    await asyncio.gather(*tasks, late_waiter(ev))


asyncio.run(main())
print(sorted(woke), late)
