"""An exception from awaited_task, read as `isinstance(e, FetchError)`."""
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
    for n in (1, 2):
        task = asyncio.create_task(fetch(n))
        try:
            log.append(await task)
        except FetchError as e:
            log.append(isinstance(e, FetchError))


asyncio.run(main())
print(sorted(log, key=str))
