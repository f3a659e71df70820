# a handler that starts a save, returns the shielded wait's value from its `try:`, or on a time-out waits
# for the save itself and returns that from its handler; the value and a ticker's passes are kept
import asyncio

saved = []
ticks = 0
results = []


async def ticker():
    global ticks
    for _ in range(8):
        ticks += 1
        await asyncio.sleep(0)


async def save(record, delay):
    await asyncio.sleep(delay)
    saved.append(record)
    return len(saved) * 10


async def handler(record, delay):
    write = asyncio.ensure_future(save(record, delay))
    try:
        return await asyncio.wait_for(asyncio.shield(write), timeout=0.01)
    except asyncio.TimeoutError:
        results.append("gave up on " + record)
        return await write


async def main():
    tick = asyncio.create_task(ticker())
    results.append(await handler("fast", 0))
    results.append(ticks)
    results.append(await handler("slow", 0.03))
    await tick


asyncio.run(main())
print("results:", results, "saved:", saved, "ticks:", ticks)
