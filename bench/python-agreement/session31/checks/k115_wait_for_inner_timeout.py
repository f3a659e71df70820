# wait_for(outer, 1) of a coroutine whose own inner wait_for times out: the inner TimeoutError passes through
import asyncio

outcome = ""


async def inner():
    await asyncio.wait_for(asyncio.sleep(1), timeout=0.01)


async def main():
    global outcome
    try:
        await asyncio.wait_for(inner(), timeout=1)
        outcome = "done"
    except asyncio.TimeoutError:
        outcome = "timeout"


asyncio.run(main())
print(outcome)
