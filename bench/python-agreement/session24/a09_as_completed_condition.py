"""asyncio.as_completed gives results by finishing time; an asyncio.Condition releases a waiting reporter."""
import asyncio

arrivals = []
report = []


async def probe(name, delay):
    await asyncio.sleep(delay)
    return name


async def reporter(cond):
    async with cond:
        await cond.wait_for(lambda: len(arrivals) == 3)
        report.extend(arrivals)


async def main():
    cond = asyncio.Condition()
    reporter_task = asyncio.create_task(reporter(cond))
    probes = [probe("east", 0.03), probe("west", 0.01), probe("north", 0.02)]
    for next_done in asyncio.as_completed(probes):
        name = await next_done
        async with cond:
            arrivals.append(name)
            cond.notify_all()
    await reporter_task


asyncio.run(main())
print(report)
assert report == ["west", "north", "east"]
