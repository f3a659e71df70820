"""Tasks made by a comprehension over names (strings), cancelled at 30 ms: each catches CancelledError,
logs it and re-raises (CPython: both sleeps of 10 ms end first, log a, b)."""
import asyncio
log = []
async def worker(name, delay):
    try:
        await asyncio.sleep(delay)
        log.append(name)
    except asyncio.CancelledError:
        log.append(f"{name}-cancelled")
        raise
async def main():
    tasks = [asyncio.create_task(worker(n, 0.01)) for n in ["a", "b"]]
    await asyncio.sleep(0.03)
    for t in tasks:
        t.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
asyncio.run(main())
print(log)
