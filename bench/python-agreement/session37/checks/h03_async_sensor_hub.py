# An asyncio sensor hub: sensors push readings into a queue, an aggregator keeps per-sensor stats,
# a watchdog cancels a sensor that stops reporting.
import asyncio
from dataclasses import dataclass, field


@dataclass
class Stats:
    count: int = 0
    total: int = 0
    last: int = -1


readings = asyncio.Queue()
stats = {"temp": Stats(), "hum": Stats()}
alerts = []


async def sensor(name, values, period):
    for v in values:
        await asyncio.sleep(period)
        await readings.put((name, v))


async def aggregator(expected):
    for _ in range(expected):
        name, value = await readings.get()
        s = stats[name]
        s.count += 1
        s.total += value
        s.last = value
        if value > 30:
            alerts.append(f"{name}={value}")


async def main():
    temp = asyncio.create_task(sensor("temp", [20, 35, 25], 0.001))
    hum = asyncio.create_task(sensor("hum", [40, 45], 0.002))
    agg = asyncio.create_task(aggregator(5))
    await asyncio.wait_for(agg, timeout=1.0)
    await asyncio.gather(temp, hum)


asyncio.run(main())
temp_stats = (stats["temp"].count, stats["temp"].total, stats["temp"].last)
hum_stats = (stats["hum"].count, stats["hum"].total, stats["hum"].last)
print(f"temp={temp_stats} hum={hum_stats} alerts={alerts}")
