# wait_for(gather(a, b), 1) where another coroutine cancels b: CPython raises CancelledError, no time-out passed
import asyncio

outcome = ""


async def job(n):
    for _ in range(n):
        await asyncio.sleep(0)
    return n


async def canceller(t):
    await asyncio.sleep(0)
    t.cancel()


async def main():
    global outcome
    a = asyncio.create_task(job(1))
    b = asyncio.create_task(job(5))
    asyncio.create_task(canceller(b))
    try:
        await asyncio.wait_for(asyncio.gather(a, b), timeout=1)
        outcome = "done"
    except asyncio.TimeoutError:
        outcome = "timeout"
    except asyncio.CancelledError:
        outcome = "cancelled"


asyncio.run(main())
print(outcome)
