# check: time.sleep inside a coroutine blocks the whole event loop
import asyncio
import time

log = []


async def blocker():
    await asyncio.sleep(0)
    time.sleep(0.05)
    log.append("blocker")


async def ticker():
    await asyncio.sleep(0.01)
    log.append("ticker")


async def main():
    await asyncio.gather(blocker(), ticker())


asyncio.run(main())
order = ",".join(log)
print(order)
