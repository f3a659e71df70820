"""asyncio.to_thread and run_in_executor: blocking work off the loop, the loop keeps ticking meanwhile."""
import asyncio
import time

ticks = 0
results = []


def blocking_read(n):
    time.sleep(0.02)
    return n * 3


async def ticker():
    global ticks
    for _ in range(3):
        await asyncio.sleep(0.004)
        ticks += 1


async def main():
    loop = asyncio.get_running_loop()
    a, b, _ = await asyncio.gather(
        asyncio.to_thread(blocking_read, 1),
        loop.run_in_executor(None, blocking_read, 2),
        ticker(),
    )
    results.append(a)
    results.append(b)


if __name__ == "__main__":
    asyncio.run(main())
