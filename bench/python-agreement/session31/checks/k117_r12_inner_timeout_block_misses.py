# r12 contrast (inner_timeout_block_misses): CPython timeout, weft-start fault outcome='' 
import asyncio

outcome = ""


async def inner():
    async with asyncio.timeout(0.01):
        await asyncio.sleep(1)


async def main():
    global outcome
    try:
        await asyncio.wait_for(inner(), timeout=1)
        outcome = "done"
    except asyncio.TimeoutError:
        outcome = "timeout"


asyncio.run(main())
print(outcome)
