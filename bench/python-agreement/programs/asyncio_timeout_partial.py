# `async with asyncio.timeout(t)` around a slow coroutine: the steps it made before the deadline stay.
import asyncio

steps = 0
outcome = 0


async def slow_job(n):
    global steps
    for _ in range(n):
        await asyncio.sleep(0.02)
        steps += 1
    return n


async def main():
    global outcome
    try:
        async with asyncio.timeout(0.05):
            outcome = await slow_job(5)
    except TimeoutError:
        outcome = -1


asyncio.run(main())
print(steps, outcome)
