# no bug: retries with a per-attempt timeout; each attempt closes its connection in `finally` before the timeout is reported
import asyncio

log = []
result = "none"


async def fetch(attempt: int) -> str:
    try:
        if attempt < 2:
            await asyncio.sleep(0.050)  # the server hangs
        else:
            await asyncio.sleep(0.001)
    finally:
        log.append(f"closed {attempt}")
    return "data"


async def main() -> None:
    global result
    for attempt in range(3):
        try:
            result = await asyncio.wait_for(fetch(attempt), timeout=0.010)
            break
        except asyncio.TimeoutError:
            log.append(f"timeout {attempt}")


asyncio.run(main())
print(result, log)
