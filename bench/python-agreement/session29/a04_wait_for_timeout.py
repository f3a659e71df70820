import asyncio
import time

status = {"slow": 0, "fast": 0, "blocking": 0}


async def slow_call():
    await asyncio.sleep(1)
    return 1


async def fast_call():
    await asyncio.sleep(0.001)
    return 2


def blocking_io():
    time.sleep(0.002)
    return 3


async def main():
    try:
        status["slow"] = await asyncio.wait_for(slow_call(), timeout=0.01)
    except asyncio.TimeoutError:
        status["slow"] = -1
    status["fast"] = await asyncio.wait_for(fast_call(), timeout=0.5)
    status["blocking"] = await asyncio.to_thread(blocking_io)


asyncio.run(main())
print(status)
