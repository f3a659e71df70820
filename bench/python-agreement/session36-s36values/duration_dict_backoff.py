"""An asyncio client retries with a back-off dict of float seconds; a watcher counts the attempts it saw.

`await asyncio.sleep(backoff[attempt])` with `attempt` counted at run time."""
import asyncio

attempts = 0
seen_by_watcher = []


async def client():
    global attempts
    backoff = {0: 0.004, 1: 0.008, 2: 0.016}
    for attempt in range(3):
        attempts += 1
        await asyncio.sleep(backoff[attempt])


async def watcher():
    for _ in range(3):
        await asyncio.sleep(0.01)
        seen_by_watcher.append(attempts)


async def main():
    await asyncio.gather(client(), watcher())


asyncio.run(main())
print(attempts, seen_by_watcher)
