# wait_for(coroutine, timeout=0): CPython 3.11 cancels the not-yet-started task and raises TimeoutError.
import asyncio

outcome = ""
ran = 0


async def quick():
    global ran
    ran = 1
    return 7


async def main():
    global outcome
    try:
        v = await asyncio.wait_for(quick(), timeout=0)
        outcome = f"value {v}"
    except asyncio.TimeoutError:
        outcome = "timeout"


asyncio.run(main())
print(outcome, ran)
