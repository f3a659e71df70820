"""gather: the failing job (raise) after 1 ms, the other after 8 ms."""
import asyncio

TABLE = {"present": 1}
ZERO = [0]
log = []


async def job(name, delay_ms, fails):
    try:
        await asyncio.sleep(delay_ms / 1000)
        if fails:
            raise ValueError("bad")
        return name
    finally:
        log.append(f"end {name}")


async def main():
    try:
        results = await asyncio.gather(job("bad", 1, True), job("good", 8, False))
        for r in results:
            log.append(r)
    except Exception as e:
        log.append(type(e).__name__)
    await asyncio.sleep(0.02)


asyncio.run(main())
print(sorted(log, key=str))
