# Drone fleet: an asyncio.Semaphore allows two drones in the air at once; we track the peak. Bug: none.
import asyncio

airborne = 0
peak = 0
flights = []


async def fly(drone, minutes):
    global airborne, peak
    async with sky:
        airborne += 1
        peak = max(peak, airborne)
        await asyncio.sleep(minutes / 1000)
        airborne -= 1
        flights.append(drone)


async def main():
    global sky
    sky = asyncio.Semaphore(2)
    plan = {"d1": 5, "d2": 10, "d3": 3, "d4": 7}
    await asyncio.gather(*[fly(d, m) for d, m in plan.items()])


sky = None
asyncio.run(main())
print(f"peak={peak} airborne={airborne} flights={flights}")
