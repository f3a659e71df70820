import asyncio

attempt_log: list[int] = []
result = 0
timeouts = 0


async def slow_service(attempt: int) -> int:
    delay = 0.1 if attempt < 3 else 0.005
    await asyncio.sleep(delay)
    return attempt * 100


async def call_with_retries(max_attempts: int = 4, timeout: float = 0.02) -> int:
    global timeouts
    for attempt in range(1, max_attempts + 1):
        attempt_log.append(attempt)
        try:
            return await asyncio.wait_for(slow_service(attempt), timeout=timeout)
        except asyncio.TimeoutError:
            timeouts += 1
    raise RuntimeError("service unavailable")


result = asyncio.run(call_with_retries())
attempts = len(attempt_log)
print(f"result={result} attempts={attempts} timeouts={timeouts}")
assert result == 300 and timeouts == 2
