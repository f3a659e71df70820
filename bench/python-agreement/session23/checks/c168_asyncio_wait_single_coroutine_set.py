# check: 3.11 also refuses a set holding a coroutine in asyncio.wait (TypeError)
import asyncio

log = []


async def job():
    log.append(1)


async def main():
    try:
        await asyncio.wait({job()})
    except TypeError:
        log.append(2)


asyncio.run(main())
