# Expected: asyncio.wait_for gives up on a 200 ms sleep after 20 ms and cancels it (timed_out == 1, finished == 0, no bug); weft also lists finished == 1, the 200 ms sleep ending before the 20 ms time-out or after its cancellation. Reduced from session14b/a04_wait_for_timeout.py.
import asyncio

timed_out = 0
finished = 0


async def slow():
    global finished
    await asyncio.sleep(0.2)
    finished = 1


async def main():
    global timed_out
    try:
        await asyncio.wait_for(slow(), timeout=0.02)
    except asyncio.TimeoutError:
        timed_out = 1


asyncio.run(main())
