# no bug: wait_for gives up on a slow service, and gather(return_exceptions=True) reports the failures without raising
import asyncio

report = {}


async def call_service(name: str, delay: float) -> str:
    await asyncio.sleep(delay)
    if name == "billing":
        return "error"
    return "up"


async def check(name: str, delay: float) -> str:
    try:
        return await asyncio.wait_for(call_service(name, delay), timeout=0.020)
    except asyncio.TimeoutError:
        return "timeout"


async def main():
    names = ["auth", "search", "billing"]
    results = await asyncio.gather(
        check("auth", 0.001), check("search", 0.100), check("billing", 0.002), return_exceptions=True
    )
    for i in range(3):
        report[names[i]] = results[i]


asyncio.run(main())
print(report)
assert report["auth"] == "up"
assert report["search"] == "timeout"
assert report["billing"] == "error"
