# no bug: gather runs the fetches concurrently and returns results in argument order
import asyncio

latencies = {"users": 30, "orders": 10, "items": 20}  # milliseconds
results = []


async def fetch(endpoint):
    await asyncio.sleep(latencies[endpoint] / 1000)
    return f"{endpoint}:200"


async def main():
    global results
    results = await asyncio.gather(*(fetch(e) for e in latencies))
    print(results)


asyncio.run(main())
assert results == ["users:200", "orders:200", "items:200"]
