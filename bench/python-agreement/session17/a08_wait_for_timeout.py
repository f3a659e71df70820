# no bug: wait_for gives up on a slow service, and gather(return_exceptions=True) reports the failures without raising
import asyncio

report = {}


async def call_service(name: str, delay: float) -> str:
    await asyncio.sleep(delay)
    if name == "billing":
        raise ValueError("billing returned 500")
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
    for name, result in zip(names, results):
        report[name] = "error" if isinstance(result, Exception) else result


asyncio.run(main())
print(report)
assert report == {"auth": "up", "search": "timeout", "billing": "error"}
