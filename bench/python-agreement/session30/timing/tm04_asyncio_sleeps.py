import asyncio
import time


async def fetch(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    start = time.perf_counter()
    first = await asyncio.gather(fetch("a", 0.02), fetch("b", 0.04), fetch("c", 0.01))
    second = await asyncio.gather(*(fetch(f"p{i}", 0.01 * i) for i in range(1, 4)))
    await asyncio.sleep(0.015)
    elapsed = time.perf_counter() - start
    print("results:", first + second)
    print(f"wall: {elapsed * 1000:.1f} ms")


asyncio.run(main())
