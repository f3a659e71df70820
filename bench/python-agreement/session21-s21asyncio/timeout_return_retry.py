"""Retry a slow call under asyncio.timeout (3.11) with a growing budget, returning from inside it."""
import asyncio

ATTEMPT_BUDGETS = [0.002, 0.004, 0.05]
SERVICE_DELAYS = [0, 0.03, 0.015, 0.01]

attempts = 0
result = ""


async def slow_service(call_number):
    # the service answers faster each time (its cache warms up)
    await asyncio.sleep(SERVICE_DELAYS[call_number])
    return f"ok after {call_number}"


async def call_with_retries():
    global attempts
    for budget in ATTEMPT_BUDGETS:
        attempts += 1
        try:
            async with asyncio.timeout(budget):
                return await slow_service(attempts)
        except TimeoutError:
            continue
    return "gave up"


if __name__ == "__main__":
    result = asyncio.run(call_with_retries())
    assert result == "ok after 3", result
