"""Builtins given to asyncio.to_thread and loop.run_in_executor run on the default executor's threads
(session21/a08's `to_thread(sorted, ...)`): their values come back to the coroutine."""
import asyncio

readings = [4, 9, 2]


async def main():
    loop = asyncio.get_running_loop()
    total = await asyncio.to_thread(sum, readings)
    largest = await loop.run_in_executor(None, max, 3, 11)
    count = await asyncio.to_thread(len, readings)
    both = await asyncio.gather(asyncio.to_thread(min, readings), asyncio.to_thread(abs, -5))
    print(f"total={total} largest={largest} count={count} both={both}")
    return total + largest + count + both[0] + both[1]


result = asyncio.run(main())
assert result == 15 + 11 + 3 + 2 + 5
