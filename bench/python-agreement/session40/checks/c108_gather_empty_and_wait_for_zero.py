# Check: gather() of nothing gives []; wait_for with timeout=0 on a not-done coroutine times out. Bug: none.
import asyncio

empty_len = -1
zero_timeout = 0


async def slow():
    await asyncio.sleep(0.01)
    return 1


async def main():
    global empty_len, zero_timeout
    res = await asyncio.gather()
    empty_len = len(res)
    try:
        await asyncio.wait_for(slow(), timeout=0)
    except asyncio.TimeoutError:
        zero_timeout = 1


asyncio.run(main())
print(f"empty_len={empty_len} zero_timeout={zero_timeout}")
