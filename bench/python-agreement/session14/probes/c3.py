# Expected: after == 1 (the slow call is cancelled, so finished stays 0 while main sleeps past its end)
import asyncio

timeouts = 0
finished = 0
after = 0


async def slow():
    global finished
    await asyncio.sleep(0.05)
    finished = 1


async def main():
    global timeouts, after
    try:
        await asyncio.wait_for(slow(), timeout=0.02)
    except asyncio.TimeoutError:
        timeouts += 1
    await asyncio.sleep(0.1)
    after = finished + 1


asyncio.run(main())
