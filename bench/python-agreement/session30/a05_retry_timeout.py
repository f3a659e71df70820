import asyncio

latencies = {"primary": [0.05, 0.001], "replica": [0.001]}
attempt_log = []


async def call(backend, attempt):
    delays = latencies[backend]
    await asyncio.sleep(delays[min(attempt, len(delays) - 1)])
    return f"{backend}#{attempt}"


async def call_with_retry(backend, timeout, retries):
    for attempt in range(retries):
        try:
            result = await asyncio.wait_for(call(backend, attempt), timeout=timeout)
        except asyncio.TimeoutError:
            attempt_log.append((backend, attempt, "timeout"))
            await asyncio.sleep(0.001 * 2 ** attempt)
            continue
        attempt_log.append((backend, attempt, "ok"))
        return result
    return None


async def main():
    primary, replica = await asyncio.gather(
        call_with_retry("primary", timeout=0.01, retries=3),
        call_with_retry("replica", timeout=0.01, retries=3),
    )
    print("primary:", primary, "replica:", replica)
    print("attempts:", sorted(attempt_log))


asyncio.run(main())
