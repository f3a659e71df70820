# Weather stations: poll each station concurrently with asyncio.gather and summarise. Bug: none.
import asyncio

stations = {"ridge": (0.03, 14), "valley": (0.01, 21), "coast": (0.02, 18)}
readings = {}
arrival = []


async def poll(name):
    delay, temp = stations[name]
    await asyncio.sleep(delay)
    readings[name] = temp
    arrival.append(name)
    return temp


async def main():
    temps = await asyncio.gather(*(poll(n) for n in stations))
    return temps


temps = asyncio.run(main())
warmest = max(readings, key=readings.get)
mean_x10 = sum(temps) * 10 // len(temps)
print(f"temps={temps} warmest={warmest} mean_x10={mean_x10} arrival={arrival}")
