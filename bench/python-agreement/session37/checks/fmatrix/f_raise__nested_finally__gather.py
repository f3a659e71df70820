"""nested_finally in a job run by gather, failing by raise."""
import asyncio

TABLE = {"a": 1}
log = []


def fail(key):
    if key == "zz":
        raise KeyError(key)
    return 1


async def job(key):
    try:
        try:
            log.append(fail(key))
        finally:
            log.append(f"inner {key}")
    finally:
        log.append(f"end {key}")


async def main():
    results = await asyncio.gather(job("zz"), job("a"), return_exceptions=True)
    for r in results:
        log.append("failed" if isinstance(r, Exception) else "ok")


asyncio.run(main())
print(sorted(log, key=str))
