"""wait_for: the failing job (zero_div) after 1 ms, the other after 8 ms."""
import asyncio

TABLE = {"present": 1}
ZERO = [0]
log = []


async def job(name, delay_ms, fails):
    try:
        await asyncio.sleep(delay_ms / 1000)
        if fails:
            value = 1 // ZERO[0]
        return name
    finally:
        log.append(f"end {name}")


async def main():
    for name, ms, fails in (("bad", 1, True), ("good", 8, False)):
        try:
            log.append(await asyncio.wait_for(job(name, ms, fails), timeout=0.005))
        except asyncio.TimeoutError:
            log.append("timeout")
        except Exception as e:
            log.append(type(e).__name__)


asyncio.run(main())
print(sorted(log, key=str))
