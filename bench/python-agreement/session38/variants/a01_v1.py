# Poll a mesh of soil sensors concurrently with gather; each poll has its own latency and is bounded by
# wait_for, so an offline sensor is reported as missing instead of stalling the sweep.
import asyncio

SENSORS = {"s1": (0.003, 31), "s2": (0.001, 44), "s3": (0.002, 38), "s4": (0.004, 52), "s5": (1.0, 0)}
NAMES = ["s1", "s2", "s3", "s4", "s5"]


async def poll(sensor):
    delay, moisture = SENSORS[sensor]
    await asyncio.sleep(delay)
    return sensor, moisture


async def poll_bounded(sensor):
    try:
        return await asyncio.wait_for(poll(sensor), timeout=0.05)
    except asyncio.TimeoutError:
        return sensor, None


async def main():
    readings = await asyncio.gather(*(poll_bounded(name) for name in NAMES))
    online = [(name, moisture) for name, moisture in readings if moisture is not None]
    missing = [name for name, moisture in readings if moisture is None]
    dry = [name for name, moisture in online if moisture < 40]
    average = sum(moisture for _, moisture in online) / len(online)
    return online, missing, dry, average


online, missing, dry, average = asyncio.run(main())
print(f"online={online} missing={missing} dry={dry} average={average}")
