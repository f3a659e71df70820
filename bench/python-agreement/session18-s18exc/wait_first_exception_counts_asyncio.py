# CPython 3.11.7 (10 runs): {'cancelled': 1, 'failed': 1, 'done': 2} ['web'] every run
# session17/f05 in asyncio: asyncio.wait(FIRST_EXCEPTION) stops at the failing health check, `sum(1 for t in pending if t.cancel())` counts the checks still sleeping, `sum(1 for t in done if t.exception() is not None)` the failures
import asyncio

checked = []
report = {}


async def health_check(service: str, delay: float) -> str:
    await asyncio.sleep(delay)
    if service == "db":
        raise ConnectionError("db is down")
    checked.append(service)
    return "ok"


async def main():
    tasks = [
        asyncio.create_task(health_check("web", 0.002)),
        asyncio.create_task(health_check("db", 0.004)),
        asyncio.create_task(health_check("cache", 0.050)),
    ]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    cancelled = sum(1 for t in pending if t.cancel())
    failed = sum(1 for t in done if t.exception() is not None)
    report["cancelled"] = cancelled
    report["failed"] = failed
    report["done"] = len(done)


asyncio.run(main())
print(report, checked)
