# An asyncio client retries with wait_for and exponential backoff (no jitter) until the server answers in time.
import asyncio

server_latency = [0.05, 0.03, 0.001]  # each attempt is faster: the server warms up
attempt_log = []


async def call_server(attempt):
    await asyncio.sleep(server_latency[min(attempt, len(server_latency) - 1)])
    return {"status": 200, "attempt": attempt}


async def fetch_with_retry(max_attempts=4, timeout=0.01, base_delay=0.001):
    for attempt in range(max_attempts):
        try:
            reply = await asyncio.wait_for(call_server(attempt), timeout=timeout)
            attempt_log.append(("ok", attempt))
            return reply
        except asyncio.TimeoutError:
            attempt_log.append(("timeout", attempt))
            await asyncio.sleep(base_delay * 2 ** attempt)
    raise RuntimeError("server unavailable")


async def main():
    try:
        reply = await fetch_with_retry()
    except RuntimeError:
        return -1, None
    return reply["attempt"], reply["status"]


used_attempt, status = asyncio.run(main())
timeouts = sum(1 for kind, _ in attempt_log if kind == "timeout")
print(f"used_attempt={used_attempt} status={status} timeouts={timeouts} log={attempt_log}")
