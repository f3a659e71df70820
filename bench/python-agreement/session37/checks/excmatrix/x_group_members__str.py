"""An exception from group_members, read as `str(e)`."""
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
    log.append(n)


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fetch(1))
            tg.create_task(fetch(2))
    except* FetchError as eg:
        for ex in eg.exceptions:
            log.append(str(ex))


asyncio.run(main())
print(sorted(log, key=str))
