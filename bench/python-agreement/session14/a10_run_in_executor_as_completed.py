# Expected: blocking work moved off the loop with run_in_executor and asyncio.to_thread, gathered with asyncio.as_completed (results sum to 60, count == 3); no bug
import asyncio
import time

results = []


def blocking_io(n):
    time.sleep(0.01 * n)
    return n * 10


async def main():
    loop = asyncio.get_running_loop()
    aws = [
        loop.run_in_executor(None, blocking_io, 1),
        loop.run_in_executor(None, blocking_io, 3),
        asyncio.to_thread(blocking_io, 2),
    ]
    for coro in asyncio.as_completed(aws):
        value = await coro
        results.append(value)
    print(f"results={results} sum={sum(results)} count={len(results)}")


if __name__ == "__main__":
    asyncio.run(main())
