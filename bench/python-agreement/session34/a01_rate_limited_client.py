# A rate-limited async API client: a Semaphore allows two requests in flight; flaky endpoints are retried
# with a short backoff up to three attempts.
import asyncio

FLAKY = {"/users": 1, "/orders": 2, "/items": 0, "/admin": 5}
attempts = {}
responses = {}
gave_up = []
in_flight = 0
max_in_flight = 0


class TransientError(Exception):
    pass


async def request(path):
    global in_flight, max_in_flight
    in_flight += 1
    max_in_flight = max(max_in_flight, in_flight)
    try:
        await asyncio.sleep(0.001)
        attempts[path] = attempts.get(path, 0) + 1
        if attempts[path] <= FLAKY[path]:
            raise TransientError(path)
        return 200
    finally:
        in_flight -= 1


async def fetch(limiter, path, retries=3):
    for attempt in range(retries):
        async with limiter:
            try:
                responses[path] = await request(path)
                return
            except TransientError:
                pass
        await asyncio.sleep(0.001 * (attempt + 1))
    gave_up.append(path)


async def main():
    limiter = asyncio.Semaphore(2)
    await asyncio.gather(*(fetch(limiter, p) for p in FLAKY))
    print("responses", responses, "gave_up", gave_up, "max_in_flight", max_in_flight)


asyncio.run(main())
