# wait_for(sleep(0.01), timeout=0.011): the overshoot of the sleep decides.
import asyncio

outcome = ""


async def main():
    global outcome
    try:
        await asyncio.wait_for(asyncio.sleep(0.01), timeout=0.011)
        outcome = "done"
    except asyncio.TimeoutError:
        outcome = "timeout"


asyncio.run(main())
print(outcome)
