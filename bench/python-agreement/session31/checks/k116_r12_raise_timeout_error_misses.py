# r12 contrast (raise_timeout_error_misses): CPython timeout, weft-start fault outcome='' 
import asyncio

outcome = ""


async def inner():
    await asyncio.sleep(0)
    raise TimeoutError()


async def main():
    global outcome
    try:
        await asyncio.wait_for(inner(), timeout=1)
        outcome = "done"
    except asyncio.TimeoutError:
        outcome = "timeout"


asyncio.run(main())
print(outcome)
