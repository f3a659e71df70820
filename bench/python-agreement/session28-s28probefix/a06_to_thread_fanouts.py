# gather of asyncio.to_thread comprehensions of 2 then 4 jobs in one coroutine
import asyncio
import time


def work(n: int) -> int:
    time.sleep(0.001)
    return n + 1


async def main() -> int:
    small = await asyncio.gather(*[asyncio.to_thread(work, n) for n in range(2)])
    large = await asyncio.gather(*[asyncio.to_thread(work, n) for n in range(4)])
    return sum(small) + sum(large)


total = asyncio.run(main())
print(total)
assert total == 3 + 10
