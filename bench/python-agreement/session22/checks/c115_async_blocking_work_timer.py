import asyncio

state = "unknown"


async def setter(ev):
    await asyncio.sleep(0.05)
    ev.set()


async def main():
    global state
    ev = asyncio.Event()
    task = asyncio.create_task(setter(ev))
    await asyncio.sleep(0)
    values = [i % 97 for i in range(1000)]
    total = 0
    for _ in range(1000):
        total += sum([v * v for v in values if v % 3])
    try:
        await asyncio.wait_for(ev.wait(), timeout=0.02)
        state = "set"
    except asyncio.TimeoutError:
        state = "timeout"
    await task


asyncio.run(main())
print(state)
