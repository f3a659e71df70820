# bug: none
import asyncio

CITIES = {"oslo": (-3, 0.003), "lima": (19, 0.001), "cairo": (27, 0.002)}


async def fetch_temp(city):
    temp, delay = CITIES[city]
    await asyncio.sleep(delay)
    return city, temp


async def main():
    results = await asyncio.gather(*(fetch_temp(c) for c in CITIES))
    warmest = max(results, key=lambda r: r[1])
    avg = sum(t for _, t in results) / len(results)
    line = ", ".join(f"{c}={t:+d}C" for c, t in results)
    print(f"{line}; warmest={warmest[0]} avg={avg:.1f}")


asyncio.run(main())
