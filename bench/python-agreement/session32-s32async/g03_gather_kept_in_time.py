# a gather of coroutine calls kept in a name, awaited through wait_for inside a try, finishing in time;
# the ticker's count shows wait_for's extra passes
import asyncio

ticks = 0
running = True
total = 0


async def ticker():
    global ticks
    while running:
        ticks += 1
        await asyncio.sleep(0)


async def add(amount):
    global total
    await asyncio.sleep(0)
    total += amount


async def main():
    global running
    tick = asyncio.create_task(ticker())
    job = asyncio.gather(add(1), add(2), add(3))
    try:
        await asyncio.wait_for(job, timeout=1.0)
        status = "ok"
    except asyncio.TimeoutError:
        status = "timeout"
    seen = ticks
    running = False
    await tick
    return status, seen


status, seen = asyncio.run(main())
print("status:", status, "total:", total, "ticks at end:", seen)
