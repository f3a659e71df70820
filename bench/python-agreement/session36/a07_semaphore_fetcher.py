# A Semaphore-limited fetcher: at most 2 fetches at once; each fetch is bounded by wait_for(timeout);
# slow ones time out and are recorded, fast ones return a status code.
import asyncio

LATENCY = {"/a": 0.002, "/b": 0.05, "/c": 0.001, "/d": 0.003, "/e": 0.06}
statuses = {}
timeouts = []
max_concurrent = 0
current = 0


async def fetch(sem, path):
    global current, max_concurrent
    async with sem:
        current += 1
        max_concurrent = max(max_concurrent, current)
        try:
            await asyncio.sleep(LATENCY[path])
            return 200 if path != "/d" else 404
        finally:
            current -= 1


async def guarded(sem, path):
    try:
        statuses[path] = await asyncio.wait_for(fetch(sem, path), timeout=0.02)
    except asyncio.TimeoutError:
        timeouts.append(path)


async def main():
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(guarded(sem, p) for p in LATENCY))


asyncio.run(main())
ok = sum(1 for code in statuses.values() if code == 200)
print(f"statuses={dict(sorted(statuses.items()))} timeouts={sorted(timeouts)} ok={ok} max={max_concurrent}")
