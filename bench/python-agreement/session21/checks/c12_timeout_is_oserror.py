# in 3.11 asyncio.TimeoutError is the builtin TimeoutError, a subclass of OSError
import asyncio

outcome = "none"


async def slow():
    await asyncio.sleep(0.2)


async def main():
    global outcome
    try:
        await asyncio.wait_for(slow(), timeout=0.01)
        outcome = "finished"
    except OSError:
        outcome = "oserror"


asyncio.run(main())
print(outcome)
