"""An exception from wait_task_exception, read as `e.args[0]`."""
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
    tasks = [asyncio.create_task(fetch(n)) for n in (1, 2)]
    await asyncio.wait(tasks)
    for t in tasks:
        exc = t.exception()
        if exc is None:
            log.append(t.result())
        else:
            log.append(exc.args[0])


asyncio.run(main())
print(sorted(log, key=str))
