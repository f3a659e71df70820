import asyncio

stats = {"ok": 0, "slow": 0, "failed": 0, "peak": 0}
active = 0
limit = asyncio.Semaphore(2)


class ApiError(Exception):
    pass


async def call_api(endpoint, latency):
    global active
    async with limit:
        active += 1
        stats["peak"] = max(stats["peak"], active)
        try:
            await asyncio.sleep(latency)
            if endpoint.endswith("!"):
                raise ApiError(endpoint)
            return endpoint.upper()
        finally:
            active -= 1


async def guarded(endpoint, latency):
    try:
        value = await asyncio.wait_for(call_api(endpoint, latency), timeout=0.05)
    except asyncio.TimeoutError:
        stats["slow"] += 1
        return "slow"
    except ApiError:
        stats["failed"] += 1
        return "failed"
    stats["ok"] += 1
    return value


async def main():
    results = await asyncio.gather(
        guarded("users", 0.001),
        guarded("orders!", 0.002),
        guarded("report", 0.2),
        guarded("items", 0.001),
    )
    print(results, stats)


asyncio.run(main())
