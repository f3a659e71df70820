# Two wait_for time-outs at 30 ms and 300 ms over coroutines sleeping 2 s, and a sleeper logging at
# 150 ms: CPython logs a, mid, b.
import asyncio

log = []


async def slow():
    await asyncio.sleep(2)


async def guarded(name, limit):
    try:
        await asyncio.wait_for(slow(), timeout=limit)
    except asyncio.TimeoutError:
        log.append(name)


async def mid():
    await asyncio.sleep(0.15)
    log.append("mid")


async def main():
    await asyncio.gather(guarded("a", 0.03), guarded("b", 0.3), mid())


asyncio.run(main())
print(log)
