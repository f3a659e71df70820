# SPURIOUS FAILURE (weft-start f99a086): asyncio.Event.set() resolves its waiters' futures in the order they
# waited, and CPython's loop runs their callbacks first in, first out, so the waiters resume 0, 1, 2. weft
# explore says "complete" with all 6 orders (assertion_failed for 5). CPython: order=[0, 1, 2] in every run.
# (asyncio.Semaphore(1) shared by three tasks: the same, weft lists [0, 2, 1].)
import asyncio

order = []


async def waiter(n, ev):
    await ev.wait()
    order.append(n)


async def main():
    ev = asyncio.Event()
    tasks = [asyncio.create_task(waiter(n, ev)) for n in range(3)]
    await asyncio.sleep(0)
    ev.set()
    await asyncio.gather(*tasks)


if __name__ == "__main__":
    asyncio.run(main())
    assert order == [0, 1, 2], order
