# A TaskGroup of downloads, each bounded by asyncio.timeout; timeouts are caught inside each task, so
# the group completes; sizes are summed.
import asyncio

log = []
SIZES = {"a.zip": (0.001, 10), "b.zip": (1.0, 99), "c.zip": (0.002, 30)}


async def download(name, results):
    delay, size = SIZES[name]
    try:
        async with asyncio.timeout(0.05):
            await asyncio.sleep(delay)
            results[name] = size
    except TimeoutError:
        results[name] = 0


async def main():
    results = {}
    async with asyncio.TaskGroup() as tg:
        for name in ["a.zip", "b.zip", "c.zip"]:
            tg.create_task(download(name, results))
    return results


results = asyncio.run(main())
for name in sorted(results):
    log.append(f"{name}={results[name]}")
print(log)
