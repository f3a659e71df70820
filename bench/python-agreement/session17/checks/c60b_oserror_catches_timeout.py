# no bug: in Python 3.11 asyncio.TimeoutError is the builtin TimeoutError, a subclass of OSError, so network code's `except OSError` catches it
import asyncio

outcome = "none"


async def fetch():
    await asyncio.sleep(0.100)


async def main():
    global outcome
    try:
        await asyncio.wait_for(fetch(), timeout=0.010)
        outcome = "fetched"
    except OSError:
        outcome = "network_error"


asyncio.run(main())
print(outcome)
