# check: breaking out of asyncio.as_completed over coroutines leaves the other tasks running: they finish
import asyncio

log = []


async def job(n, delay):
    await asyncio.sleep(delay)
    log.append(n)
    return n


async def main():
    for fut in asyncio.as_completed([job(0, 0.001), job(1, 0.01)]):
        first = await fut
        log.append(10 + first)
        break
    await asyncio.sleep(0.03)


asyncio.run(main())
