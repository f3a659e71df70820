# ordered
# gather(return_exceptions=True), then the first exception in the results is raised and caught by class.
import asyncio

log = []


class FetchError(Exception):
    pass


async def fetch(n):
    await asyncio.sleep(0)
    if n == 2:
        raise FetchError(n)
    return n


async def main():
    results = await asyncio.gather(fetch(1), fetch(2), return_exceptions=True)
    try:
        for r in results:
            if isinstance(r, Exception):
                raise r
            log.append(r)
    except FetchError:
        log.append("fetch error")


asyncio.run(main())
print(log)
