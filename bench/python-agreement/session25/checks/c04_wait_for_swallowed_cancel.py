# check: an inner coroutine that swallows its cancellation makes wait_for return its value (3.11)
import asyncio

outcome = []


async def stubborn():
    try:
        await asyncio.sleep(1)
        return 1
    except asyncio.CancelledError:
        return 2


async def main():
    try:
        value = await asyncio.wait_for(stubborn(), timeout=0.02)
        outcome.append(value)
    except asyncio.TimeoutError:
        outcome.append(-1)


asyncio.run(main())
print(outcome)
