# bug: lost wake-up - the elevator calls notify() (one waiter) at each floor, so a passenger whose floor it is may not be woken and times out
import asyncio

floor = 0
arrived = []


async def passenger(name, target, cond):
    async with cond:
        try:
            await asyncio.wait_for(cond.wait_for(lambda: floor == target), timeout=0.03)
            arrived.append(name)
        except asyncio.TimeoutError:
            arrived.append(f"{name}(stuck)")


async def elevator(cond, top):
    global floor
    for f in range(1, top + 1):
        await asyncio.sleep(0.002)
        async with cond:
            floor = f
            cond.notify()


async def main():
    cond = asyncio.Condition()
    ps = [asyncio.create_task(passenger(n, t, cond)) for n, t in [("amy", 2), ("ben", 3), ("cat", 3)]]
    await asyncio.sleep(0)
    await elevator(cond, 3)
    await asyncio.gather(*ps)
    print(f"arrived={sorted(arrived)} floor={floor}")


asyncio.run(main())
