# check: three asyncio tasks sleeping the same 1 ms, started in order, wake in that order (deadline order)
import asyncio

log = []


async def nap(name):
    await asyncio.sleep(0.001)
    log.append(name)


async def main():
    await asyncio.gather(nap("a"), nap("b"), nap("c"))


asyncio.run(main())
print(log)
