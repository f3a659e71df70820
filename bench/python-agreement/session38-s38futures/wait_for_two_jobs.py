# Two tasks made before a short `wait_for` of a third: all three take their first steps before the
# time-out fires (each was queued before the timer was set).
import asyncio

steps = []


async def worker(name, delay):
    steps.append(f"{name} start")
    await asyncio.sleep(delay)
    steps.append(f"{name} end")


async def main():
    a = asyncio.create_task(worker("a", 0.02))
    b = asyncio.create_task(worker("b", 0.02))
    try:
        await asyncio.wait_for(worker("c", 1), timeout=0.001)
    except asyncio.TimeoutError:
        steps.append("timeout")
    await a
    await b


asyncio.run(main())
print(steps.index("timeout") > max(steps.index("a start"), steps.index("b start"), steps.index("c start")))
