import asyncio


async def slow_service():
    await asyncio.sleep(0.2)
    return "slow result"


async def fast_service():
    await asyncio.sleep(0.01)
    return "fast result"


async def call(coro, timeout):
    try:
        return await asyncio.wait_for(coro, timeout=timeout)
    except asyncio.TimeoutError:
        return "timeout"


async def main():
    results = []
    results.append(await call(fast_service(), 0.1))
    results.append(await call(slow_service(), 0.05))
    print(results)


asyncio.run(main())
