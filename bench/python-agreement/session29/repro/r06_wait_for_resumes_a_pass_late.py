# SILENT ERROR (weft-start): `await asyncio.wait_for(coro, timeout)` that does not time out resumes its awaiter
# two passes after the coroutine's task returns in CPython 3.11 (the done callback _release_waiter, then the
# wake-up), one in weft. CPython 3.11.7: order=[2, 1] in every run; weft: [1, 2] only, "complete".
import asyncio

order = []


async def fetch():
    await asyncio.sleep(0)


async def first():
    await asyncio.wait_for(fetch(), timeout=1)
    order.append(1)


async def yields():
    for _ in range(3):
        await asyncio.sleep(0)
    order.append(2)


async def main():
    await asyncio.gather(first(), yields())


asyncio.run(main())
print(order)
