# ordered
# A class with __aenter__/__aexit__; a missing key inside `async with`, caught outside: __aexit__ runs.
import asyncio

log = []
prices = {"tea": 3}


class Span:
    async def __aenter__(self):
        log.append("enter")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        log.append("exit")
        return False


async def main():
    try:
        async with Span():
            log.append(prices["cake"])
    except KeyError:
        log.append("caught")


asyncio.run(main())
print(log)
