"""An exception from gather_list, read as `str(e)`."""
import asyncio

log = []


class FetchError(Exception):
    def __init__(self, status, url):
        super().__init__(f"{url} failed")
        self.status = status


async def fetch(n):
    await asyncio.sleep(0)
    if n == 2:
        raise FetchError(404, f"/page/{n}")
    return n


async def main():
    results = await asyncio.gather(fetch(1), fetch(2), return_exceptions=True)
    for r in results:
        if isinstance(r, Exception):
            log.append(str(r))
        else:
            log.append(r)


asyncio.run(main())
print(sorted(log, key=str))
