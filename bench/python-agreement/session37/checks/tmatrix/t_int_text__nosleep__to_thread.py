"""to_thread: the failing job (int_text) after 0 ms, the other after 0 ms."""
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
    tasks = [asyncio.to_thread(job, "bad", 0, True), asyncio.to_thread(job, "good", 0, False)]
    for coro in tasks:
        try:
            log.append(await coro)
        except Exception as e:
            log.append(type(e).__name__)


asyncio.run(main())
print(sorted(log, key=str))
