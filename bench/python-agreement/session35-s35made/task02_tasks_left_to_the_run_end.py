# A task per pass of a `for` over a range of constants, nothing awaited inside the loop: after it the
# name holds the last pass's task, which `main` awaits; the others are left to `asyncio.run`'s end,
# which cancels the one still pending (number 0 sleeps long), as CPython's `asyncio.run` does.
import asyncio

log = []


async def fetch(n):
    try:
        await asyncio.sleep(0.001)
        if n == 0:
            await asyncio.sleep(1)
        log.append(n)
    except asyncio.CancelledError:
        log.append(-n - 100)
        raise


async def main():
    for i in range(3):
        task = asyncio.create_task(fetch(i))
    await task
    await asyncio.sleep(0.002)
    log.append("main-done")


asyncio.run(main())
print(log)
