# asyncio.wait(FIRST_COMPLETED) over a dict of tasks: the winner's name by `names[next(iter(done))]`,
# `t in done` for each task, and a ticker task counting the loop's passes until `wait` returns (the
# tasks yield a known number of times, so CPython's count is the same every run).
import asyncio

result = {"ticks": 0, "ticks_at_wait": 0, "winner": "", "done_count": 0}


async def fetch(passes):
    for _ in range(passes):
        await asyncio.sleep(0)
    return passes


async def ticker():
    while True:
        result["ticks"] += 1
        await asyncio.sleep(0)


async def main():
    tick = asyncio.create_task(ticker())
    names = {asyncio.create_task(fetch(3)): "fast", asyncio.create_task(fetch(6)): "slow"}
    done, pending = await asyncio.wait(names, return_when=asyncio.FIRST_COMPLETED)
    result["ticks_at_wait"] = result["ticks"]
    result["winner"] = names[next(iter(done))]
    for t in names:
        if t in done:
            result["done_count"] += 1
    for t in pending:
        t.cancel()
    tick.cancel()


asyncio.run(main())
print(result)
