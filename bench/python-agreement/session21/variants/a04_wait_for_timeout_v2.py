import asyncio


async def slow_service():
    await asyncio.sleep(0.2)
    return "slow result"


async def fast_service():
    await asyncio.sleep(0.01)
    return "fast result"


async def call_fast(timeout):
    try:
        return await asyncio.wait_for(fast_service(), timeout=timeout)
    except asyncio.TimeoutError:
        return "timeout"


async def call_slow(timeout):
    try:
        return await asyncio.wait_for(slow_service(), timeout=timeout)
    except asyncio.TimeoutError:
        return "timeout"


async def main():
    results = []
    first = await call_fast(0.1)
    results.append(first)
    second = await call_slow(0.05)
    results.append(second)
    print(results)


asyncio.run(main())
