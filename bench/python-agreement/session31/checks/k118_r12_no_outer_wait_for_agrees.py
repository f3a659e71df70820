# r12 contrast (no_outer_wait_for_agrees): CPython timeout, weft-start ok outcome='timeout' 
import asyncio

outcome = ""


async def inner():
    await asyncio.wait_for(asyncio.sleep(1), timeout=0.01)


async def main():
    global outcome
    try:
        await inner()
        outcome = "done"
    except asyncio.TimeoutError:
        outcome = "timeout"


asyncio.run(main())
print(outcome)
