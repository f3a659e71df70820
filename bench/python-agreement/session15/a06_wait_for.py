# no bug: wait_for cancels the slow call and the caller falls back to a default
import asyncio

answer = 0
timeouts = 0


async def slow_service():
    await asyncio.sleep(0.1)
    return 99


async def main():
    global answer, timeouts
    try:
        answer = await asyncio.wait_for(slow_service(), timeout=0.02)
    except asyncio.TimeoutError:
        timeouts += 1
        answer = -1


asyncio.run(main())
assert answer == -1
