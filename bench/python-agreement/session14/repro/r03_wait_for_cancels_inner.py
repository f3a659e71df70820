# Expected: timeouts == 1 and finished == 0 (no bug): the 0.2 s call cannot beat a 0.02 s time-out, and
# wait_for cancels it. weft lists finished == 1 too, with and without the time-out, though its exploration
# says "complete within a 20ms time window" and the sleep ends 180 ms after the deadline: over-approximation.
import asyncio

timeouts = 0
finished = 0


async def slow():
    global finished
    await asyncio.sleep(0.2)
    finished = 1


async def main():
    global timeouts
    try:
        await asyncio.wait_for(slow(), timeout=0.02)
    except asyncio.TimeoutError:
        timeouts += 1


asyncio.run(main())
