import asyncio


class ApiError(Exception):
    def __init__(self, code):
        super().__init__(f"status {code}")
        self.code = code


log = []


async def call(n):
    await asyncio.sleep(0)
    if n == 2:
        raise ApiError(503)
    return n * 10


async def main():
    results = await asyncio.gather(call(1), call(2), return_exceptions=True)
    for r in results:
        log.append(r.code if isinstance(r, ApiError) else r)


asyncio.run(main())
print(log)  # ordered
