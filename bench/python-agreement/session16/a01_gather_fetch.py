# no bug: gather runs the fetches concurrently and returns results in argument order
import asyncio

latencies = {"users": 0.03, "orders": 0.01, "items": 0.02}
results = []


async def fetch(endpoint):
    await asyncio.sleep(latencies[endpoint])
    return f"{endpoint}:200"


async def main():
    global results
    results = await asyncio.gather(*(fetch(e) for e in latencies))
    print(results)


asyncio.run(main())
assert results == ["users:200", "orders:200", "items:200"]
