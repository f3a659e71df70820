"""A sensor feed as an async generator, consumed with `async for` and enumerate-like counting."""
import asyncio

READINGS = [21, 22, 25, 19, 30]

alerts = []
average_x10 = 0


async def sensor_feed(values, interval):
    for v in values:
        await asyncio.sleep(interval)
        yield v


async def monitor(threshold):
    total = 0
    count = 0
    async for reading in sensor_feed(READINGS, 0.001):
        count += 1
        total += reading
        if reading > threshold:
            alerts.append(f"#{count}:{reading:03d}")
    return total * 10 // count


if __name__ == "__main__":
    average_x10 = asyncio.run(monitor(24))
    assert alerts == ["#3:025", "#5:030"]
    assert average_x10 == 234
