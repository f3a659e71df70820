"""An exception from to_thread_handler, read as `e.args[0]`."""
import asyncio

log = []


class FetchError(Exception):
    def __init__(self, status, url):
        super().__init__(f"{url} failed")
        self.status = status


def fetch(n):
    if n == 2:
        raise FetchError(404, f"/page/{n}")
    return n


async def main():
    for n in (1, 2):
        try:
            log.append(await asyncio.to_thread(fetch, n))
        except FetchError as e:
            log.append(e.args[0])


asyncio.run(main())
print(sorted(log, key=str))
