# gather(return_exceptions=True) hands back a custom exception whose __init__ stores `self.code`; the
# caller reads `r.code` after an isinstance test.
# CPython 3.11.7: log == [10, 503] every run. weft (start binary): `fault` alone under "complete"
# (the step `log[len(log)] = r['code'] if ... else r` reads a dict item of the exception's tuple: TypeError).
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
print(log)
