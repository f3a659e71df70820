# SPURIOUS FAILURE (weft-start f99a086): asyncio.Lock.release() wakes only its first waiter in CPython
# (`_wake_up_first`), and a newcomer cannot take the lock while waiters queue, so three tasks get it 0, 1, 2.
# weft wakes every waiter and lets any take it: explore says "complete" with `assertion_failed order=[0, 2, 1]`.
# CPython: order=[0, 1, 2] in every run.
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
