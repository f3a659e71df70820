# no bug: the inner coroutine swallows its cancellation and returns a value, so wait_for returns it (3.11) instead of raising TimeoutError
import asyncio

outcome = "none"
value = 0


async def stubborn() -> int:
    try:
        await asyncio.sleep(0.100)
        return 1
    except asyncio.CancelledError:
        return 2


async def main():
    global outcome, value
    try:
        value = await asyncio.wait_for(stubborn(), timeout=0.010)
        outcome = "returned"
    except asyncio.TimeoutError:
        outcome = "timed_out"


asyncio.run(main())
print(outcome, value)
