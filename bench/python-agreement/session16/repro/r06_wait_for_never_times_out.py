# repro: wait_for(timeout=0.01) around a 0.5 s sleep always times out in CPython; weft lists a run where it finishes
import asyncio

outcome = "none"


async def slow_backend():
    await asyncio.sleep(0.5)
    return 1


async def main():
    global outcome
    try:
        await asyncio.wait_for(slow_backend(), timeout=0.01)
        outcome = "done"
    except asyncio.TimeoutError:
        outcome = "timeout"
    assert outcome == "timeout", "a 10 ms budget cannot fit a 500 ms call"


asyncio.run(main())
print(outcome)
