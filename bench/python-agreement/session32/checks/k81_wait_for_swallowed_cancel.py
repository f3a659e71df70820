# wait_for whose inner coroutine swallows the time-out's cancel and returns: 3.11 returns the value.
import asyncio

outcome = ""


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        return "finished anyway"
    return "slept"


async def main():
    global outcome
    try:
        outcome = await asyncio.wait_for(stubborn(), timeout=0.01)
    except asyncio.TimeoutError:
        outcome = "timeout"


asyncio.run(main())
print(outcome)
