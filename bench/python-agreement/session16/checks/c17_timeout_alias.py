# check: in Python 3.11 asyncio.TimeoutError is the builtin TimeoutError, so `except TimeoutError` catches wait_for's
import asyncio

outcome = "none"


async def slow():
    await asyncio.sleep(0.2)


async def main():
    global outcome
    try:
        await asyncio.wait_for(slow(), timeout=0.01)
        outcome = "done"
    except TimeoutError:
        outcome = "timeout"


asyncio.run(main())
print(outcome)
