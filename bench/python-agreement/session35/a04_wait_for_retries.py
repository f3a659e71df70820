"""asyncio.wait_for with a timeout and up to three attempts; the backend gets faster each attempt."""
import asyncio

attempt_log = []


async def call_backend(attempt):
    delays = {1: 0.05, 2: 0.03, 3: 0.001}
    await asyncio.sleep(delays[attempt])
    return {"status": 200, "attempt": attempt}


async def fetch_with_retries(timeout, attempts=3):
    for attempt in range(1, attempts + 1):
        try:
            response = await asyncio.wait_for(call_backend(attempt), timeout=timeout)
            attempt_log.append(f"attempt {attempt}: ok")
            return response
        except asyncio.TimeoutError:
            attempt_log.append(f"attempt {attempt}: timeout")
    return None


async def main():
    response = await fetch_with_retries(timeout=0.01)
    print("response:", response)
    print("log:", attempt_log)


asyncio.run(main())
