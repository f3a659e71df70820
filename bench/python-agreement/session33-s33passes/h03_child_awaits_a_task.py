# A gathered child that awaits another task (not a primitive) is woken by that task's end: it ends in
# the pass after, before the first child's done callback runs. The gather's awaiter resumes when the
# second child's callback counts it (a ticker counts passes).
import asyncio

ticks = 0
at_end = -1


async def ticker():
    global ticks
    for _ in range(30):
        ticks += 1
        await asyncio.sleep(0)


async def work(n):
    for _ in range(n):
        await asyncio.sleep(0)
    return n


async def waits_for(task):
    return await task


async def main():
    global at_end
    asyncio.create_task(ticker())
    helper = asyncio.create_task(work(2))
    await asyncio.gather(work(2), waits_for(helper))
    at_end = ticks


asyncio.run(main())
print(ticks, at_end)
