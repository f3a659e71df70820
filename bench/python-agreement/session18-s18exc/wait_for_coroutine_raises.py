# CPython 3.11.7 (10 runs): {'auth': 'up', 'search': 'timeout', 'billing': 'error'} every run
# no bug: session17/a08 with its report walked by index (its `zip` is another form): the coroutine wait_for runs raises ValueError, which no `except TimeoutError` of the caller catches, and gather(return_exceptions=True) keeps it
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
    for index in range(3):
        name = names[index]
        result = results[index]
        report[name] = "error" if isinstance(result, Exception) else result


asyncio.run(main())
print(report)
assert report["billing"] == "error"
