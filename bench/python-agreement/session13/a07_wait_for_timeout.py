# Expected: the slow call is cancelled by wait_for after 0.02 s (timeouts == 1, its finished flag stays 0); the fast one returns 1.
import asyncio

timeouts = 0
slow_finished = 0
fast_result = 0


async def slow_call():
    global slow_finished
    await asyncio.sleep(0.2)
    slow_finished = 1
    return 2


async def fast_call():
    await asyncio.sleep(0.001)
    return 1


async def main():
    global timeouts, fast_result
    fast_result = await asyncio.wait_for(fast_call(), timeout=0.02)
    try:
        await asyncio.wait_for(slow_call(), timeout=0.02)
    except asyncio.TimeoutError:
        timeouts += 1


asyncio.run(main())
print(timeouts, slow_finished, fast_result)
