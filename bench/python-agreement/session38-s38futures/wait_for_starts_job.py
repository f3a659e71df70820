# `wait_for(job(), 0.001)`: CPython runs the job's first step before the time-out can fire (the task's
# first step is queued before the timer falls due), so `started` is 1 and the job's `finally` runs.
import asyncio

started = {"n": 0}
log = []


async def job():
    started["n"] += 1
    try:
        await asyncio.sleep(1)
    finally:
        log.append("job cleaned up")


async def main():
    try:
        await asyncio.wait_for(job(), timeout=0.001)
    except asyncio.TimeoutError:
        log.append("timeout")
    assert started["n"] == 1, "the job never started"


asyncio.run(main())
print(log)  # ordered
