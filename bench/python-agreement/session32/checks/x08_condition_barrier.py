# a Condition-based barrier for three tasks (a ticker counts loop passes; snap holds the ticks seen at each point)
import asyncio

ticks = 0
snap = {}


async def ticker(n=25):
    global ticks
    for _ in range(n):
        ticks += 1
        await asyncio.sleep(0)


async def arrive(i, cond, state):
    if i == 2:
        await asyncio.sleep(0)
    async with cond:
        state["n"] += 1
        if state["n"] == 3:
            cond.notify_all()
        else:
            await cond.wait_for(lambda: state["n"] == 3)
    snap[f"p{i}"] = ticks


async def main():
    cond = asyncio.Condition()
    state = {"n": 0}
    t = asyncio.create_task(ticker())
    await asyncio.gather(*(arrive(i, cond, state) for i in range(3)))
    snap["end"] = ticks
    await t


asyncio.run(main())
print(ticks, dict(sorted(snap.items())))
