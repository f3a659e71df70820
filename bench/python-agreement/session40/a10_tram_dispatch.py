# Tram dispatch: trams wait on an asyncio.Condition until enough passengers are waiting (wait_for). Bug: none.
import asyncio

waiting = 0
departures = []


async def tram(name, need, cond):
    global waiting
    async with cond:
        await cond.wait_for(lambda: waiting >= need)
        waiting -= need
        departures.append(f"{name}:{need}")


async def stop(cond, arrivals):
    global waiting
    for n in arrivals:
        await asyncio.sleep(0.003)
        async with cond:
            waiting += n
            cond.notify_all()


async def main():
    cond = asyncio.Condition()
    await asyncio.gather(tram("T1", 3, cond), tram("T2", 4, cond), stop(cond, [1, 2, 2, 2]))


asyncio.run(main())
print(f"departures={departures} waiting={waiting}")
