# A game server's tick loop: player tasks wait on an asyncio.Condition for each tick and record the
# tick number they saw; the clock notifies all of them three times.
import asyncio

seen = {}


async def player(name, cond, state):
    seen[name] = []
    last = 0
    while last < 3:
        async with cond:
            await cond.wait_for(lambda: state["tick"] > last)
            last = state["tick"]
        seen[name].append(last)


async def clock(cond, state):
    for _ in range(3):
        await asyncio.sleep(0.002)
        async with cond:
            state["tick"] += 1
            cond.notify_all()


async def main():
    cond = asyncio.Condition()
    state = {"tick": 0}
    players = [asyncio.create_task(player(name, cond, state)) for name in ["p1", "p2"]]
    await clock(cond, state)
    await asyncio.gather(*players)


asyncio.run(main())
print(f"seen={seen}")
