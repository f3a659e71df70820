# Expected: the slow call is cut off by asyncio.wait_for (timeouts == 1, fast_result == 10, slow_finished == 0); no bug
import asyncio

timeouts = 0
fast_result = 0
slow_finished = 0


async def call_service(delay, value):
    global slow_finished
    await asyncio.sleep(delay)
    if delay > 0.05:
        slow_finished = 1
    return value


async def main():
    global timeouts, fast_result
    fast_result = await asyncio.wait_for(call_service(0.001, 10), timeout=0.5)
    try:
        await asyncio.wait_for(call_service(0.2, 20), timeout=0.02)
    except asyncio.TimeoutError:
        timeouts += 1
        print("service too slow, using cached value")
    print(f"fast_result={fast_result} timeouts={timeouts} slow_finished={slow_finished}")


asyncio.run(main())
