# wait_for passes on the wrapped coroutine's implicit KeyError (no time-out)
import asyncio

outcome = "none"
table = {}


async def lookup():
    await asyncio.sleep(0.01)
    return table["missing"]


async def main():
    global outcome
    try:
        value = await asyncio.wait_for(lookup(), timeout=0.5)
        outcome = "value"
    except KeyError:
        outcome = "key error"
    except asyncio.TimeoutError:
        outcome = "timeout"


asyncio.run(main())
print(outcome)
