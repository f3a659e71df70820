# CPython 3.11: log=["monitor", "main"] (every run). weft-start: ["main", "monitor"] only, "complete".
# The common idiom `await asyncio.wait_for(asyncio.gather(...), timeout=5)` resumes main a pass early in weft (r02),
# so a task that logs after five yields is seen after main in weft, before it in CPython.
import asyncio

log = []


async def fetch(n):
    for _ in range(n):
        await asyncio.sleep(0)
    return n


async def monitor():
    for _ in range(5):
        await asyncio.sleep(0)
    log.append("monitor")


async def main():
    watcher = asyncio.create_task(monitor())
    await asyncio.wait_for(asyncio.gather(fetch(1), fetch(2)), timeout=5)
    log.append("main")
    await watcher


asyncio.run(main())
print(log)
