# wait_for on a task that swallows its cancellation and returns: 3.11 gives back the value, no TimeoutError
import asyncio

outcome = "none"


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        return "kept going"
    return "finished"


async def main():
    global outcome
    try:
        outcome = await asyncio.wait_for(stubborn(), timeout=0.01)
    except asyncio.TimeoutError:
        outcome = "timeout"


asyncio.run(main())
print(outcome)
