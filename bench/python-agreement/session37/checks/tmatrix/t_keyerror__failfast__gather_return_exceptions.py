"""gather_return_exceptions: the failing job (keyerror) after 1 ms, the other after 8 ms."""
import asyncio

TABLE = {"present": 1}
ZERO = [0]
log = []


async def job(name, delay_ms, fails):
    try:
        await asyncio.sleep(delay_ms / 1000)
        if fails:
            value = TABLE["missing"]
        return name
    finally:
        log.append(f"end {name}")


async def main():
    results = await asyncio.gather(job("bad", 1, True), job("good", 8, False), return_exceptions=True)
    for r in results:
        log.append(type(r).__name__ if isinstance(r, Exception) else r)


asyncio.run(main())
print(sorted(log, key=str))
