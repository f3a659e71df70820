# BUG: the config loader sets the ready Event and clears it at once for the next reload: a worker that starts waiting after the clear waits forever (here: times out)
import asyncio

config = {}
outcome = {}


async def loader(ready):
    await asyncio.sleep(0)
    config.update({"db": "primary", "pool": 4})
    ready.set()
    ready.clear()  # re-arm for the next reload


async def worker(name, ready, start_delay):
    if start_delay:
        await asyncio.sleep(start_delay)
    try:
        await asyncio.wait_for(ready.wait(), timeout=0.05)
        outcome[name] = config.get("pool", 0)
    except asyncio.TimeoutError:
        outcome[name] = -1


async def main():
    ready = asyncio.Event()
    await asyncio.gather(
        worker("early", ready, 0),
        loader(ready),
        worker("late", ready, 0.001),
    )


asyncio.run(main())
early = outcome["early"]
late = outcome["late"]
print(f"early={early} late={late}")
assert late != -1, "worker missed the ready signal"
