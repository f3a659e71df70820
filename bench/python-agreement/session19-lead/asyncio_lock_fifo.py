# asyncio.Lock hands itself to its first waiter (CPython's `release` wakes the first waiter only, and
# `acquire` lets no newcomer past a waiter): three tasks take it 0, 1, 2.
# CPython 3.11.7: order=[0, 1, 2] in 10 runs of 10. weft before session 19 (its waiters contended for
# the freed lock under explore): also [0, 2, 1], an assertion failure CPython cannot reach (s19probe r10).
import asyncio

order = []


async def user(n, lock):
    async with lock:
        order.append(n)
        await asyncio.sleep(0)


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(*(user(n, lock) for n in range(3)))


if __name__ == "__main__":
    asyncio.run(main())
    assert order == [0, 1, 2], order
