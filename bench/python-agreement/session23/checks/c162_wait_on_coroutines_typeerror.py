# check: 3.11 forbids coroutines in asyncio.wait(): TypeError (tasks are needed)
import asyncio

log = []


async def job(n):
    await asyncio.sleep(0.001)
    log.append(n)
    return n


async def main():
    done, pending = await asyncio.wait([job(1), job(2)])
    log.append(len(done))


asyncio.run(main())
