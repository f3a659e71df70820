"""Async retries with exponential back-off; wait_for bounds each attempt."""
import asyncio

attempt_log: list[str] = []
result_value = 0


class Flaky:
    def __init__(self, slow_attempts: int) -> None:
        self.slow_attempts = slow_attempts
        self.calls = 0

    async def get(self) -> int:
        self.calls += 1
        await asyncio.sleep(0.1 if self.calls <= self.slow_attempts else 0.001)
        return 42


async def get_from(service: Flaky) -> int:
    return await service.get()


async def call_with_retry(service: Flaky, retries: int = 4, base: float = 0.002) -> int:
    for attempt in range(1, retries + 1):
        try:
            return await asyncio.wait_for(get_from(service), timeout=0.01)
        except asyncio.TimeoutError:
            attempt_log.append(f"attempt {attempt} timed out")
            await asyncio.sleep(base * 2 ** (attempt - 1))
    raise RuntimeError("gave up")


async def main() -> None:
    global result_value
    result_value = await call_with_retry(Flaky(slow_attempts=2))


asyncio.run(main())
retries_used = len(attempt_log)
print(result_value, attempt_log)
assert result_value == 42 and retries_used == 2
