# wait_for's time-out cancels the coroutine, which turns the cancel into RuntimeError("aborted"): CPython's
# wait_for passes the RuntimeError on, not a TimeoutError
import asyncio

outcome = ""


async def job():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        raise RuntimeError("aborted")


async def main():
    global outcome
    try:
        await asyncio.wait_for(job(), timeout=0.01)
        outcome = "done"
    except asyncio.TimeoutError:
        outcome = "timeout"
    except RuntimeError:
        outcome = "runtime error"


asyncio.run(main())
print(outcome)
