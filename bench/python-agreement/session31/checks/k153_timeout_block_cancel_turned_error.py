# the body of `async with asyncio.timeout(0.01)` turns the time-out's cancel into ValueError: it passes out as is
import asyncio

outcome = ""


async def main():
    global outcome
    try:
        async with asyncio.timeout(0.01):
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                raise ValueError("cleanup failed")
    except TimeoutError:
        outcome = "timeout"
    except ValueError:
        outcome = "value error"


asyncio.run(main())
print(outcome)
