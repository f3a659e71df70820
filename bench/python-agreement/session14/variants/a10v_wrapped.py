# Expected: blocking work moved off the loop with run_in_executor and asyncio.to_thread, gathered with asyncio.as_completed (results sum to 60, count == 3); no bug
# Variant of a10_run_in_executor_as_completed.py: each blocking call wrapped in a coroutine that awaits asyncio.to_thread into a local and returns it (`return await ...` is refused); as_completed over tasks made by a comprehension
import asyncio
import time

results = []


def blocking_io(n):
    time.sleep(0.01 * n)
    return n * 10


async def run_blocking(n):
    value = await asyncio.to_thread(blocking_io, n)
    return value


async def main():
    aws = [asyncio.create_task(run_blocking(n)) for n in (1, 3, 2)]
    for coro in asyncio.as_completed(aws):
        value = await coro
        results.append(value)
    print(f"results={results} sum={sum(results)} count={len(results)}")


if __name__ == "__main__":
    asyncio.run(main())
