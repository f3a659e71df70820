# asyncio.Event.set() resolves its waiters' futures in the order they waited, and the loop runs them
# first in, first out: the waiters resume 0, 1, 2.
# CPython 3.11.7: order=[0, 1, 2] in 10 runs of 10. weft before session 19: all 6 orders (s19probe r11).
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
