# asyncio.wait_for with a timeout and a small retry loop with back-off.
import asyncio

TIMEOUT = 0.01
MAX_TRIES = 3
DELAYS = {"fast": [1], "flaky": [50, 2], "dead": [50, 50, 50]}  # ms

attempts = {}
status = {}


async def call(service, attempt):
    await asyncio.sleep(DELAYS[service][attempt] / 1000)
    return f"{service}-ok"


async def call_with_retry(service):
    for attempt in range(MAX_TRIES):
        attempts[service] = attempt + 1
        try:
            status[service] = await asyncio.wait_for(call(service, attempt), timeout=TIMEOUT)
            return
        except asyncio.TimeoutError:
            await asyncio.sleep(0.001 * (attempt + 1))
    status[service] = "gave-up"


async def main():
    await asyncio.gather(*(call_with_retry(s) for s in ["fast", "flaky", "dead"]))


if __name__ == "__main__":
    asyncio.run(main())
    assert status["fast"] == "fast-ok" and status["flaky"] == "flaky-ok" and status["dead"] == "gave-up"
