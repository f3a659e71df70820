# An async API client: at most two requests in flight (Semaphore), transient 503s retried with
# exponential back-off, and a per-endpoint result table.
import asyncio

FLAKY = {"/users": 1, "/orders": 2, "/items": 0}   # how many 503s each endpoint returns first
calls = {}


class ServerError(Exception):
    def __init__(self, status):
        super().__init__(status)
        self.status = status


async def fake_http_get(path):
    calls[path] = calls.get(path, 0) + 1
    await asyncio.sleep(0.005)
    if calls[path] <= FLAKY[path]:
        raise ServerError(503)
    return {"path": path, "status": 200}


async def get_with_retry(limiter, path, retries=3, backoff=0.002):
    for attempt in range(retries + 1):
        async with limiter:
            try:
                return await fake_http_get(path)
            except ServerError as err:
                if attempt == retries:
                    return {"path": path, "status": err.status}
        await asyncio.sleep(backoff * 2 ** attempt)


async def main():
    limiter = asyncio.Semaphore(2)
    responses = await asyncio.gather(*(get_with_retry(limiter, p) for p in FLAKY))
    for r in responses:
        print(r["path"], r["status"], "calls", calls[r["path"]])
    print("total calls", sum(calls.values()))


asyncio.run(main())
