"""to_thread: the failing job (int_text) after 8 ms, the other after 1 ms."""
import asyncio
import time

TABLE = {"present": 1}
ZERO = [0]
log = []


def job(name, delay_ms, fails):
    try:
        time.sleep(delay_ms / 1000)
        if fails:
            value = int("x" + name)
        return name
    finally:
        log.append(f"end {name}")


async def main():
    for name, ms, fails in (("bad", 8, True), ("good", 1, False)):
        try:
            log.append(await asyncio.to_thread(job, name, ms, fails))
        except Exception as e:
            log.append(type(e).__name__)


asyncio.run(main())
print(sorted(log, key=str))
