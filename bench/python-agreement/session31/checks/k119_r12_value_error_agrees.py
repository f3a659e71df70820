# r12 contrast (value_error_agrees): CPython value, weft-start ok outcome='value' 
import asyncio

outcome = ""


async def inner():
    await asyncio.sleep(0)
    raise ValueError("x")


async def main():
    global outcome
    try:
        await asyncio.wait_for(inner(), timeout=1)
        outcome = "done"
    except asyncio.TimeoutError:
        outcome = "timeout"
    except ValueError:
        outcome = "value"


asyncio.run(main())
print(outcome)
