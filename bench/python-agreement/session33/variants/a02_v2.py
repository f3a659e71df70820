import asyncio


async def sensor(name, interval, beats, queue):
    for n in range(beats):
        await asyncio.sleep(interval)
        await queue.put((name, n))


last_seen = {}


async def watchdog(queue, timeout):
    alarms = 0
    while True:
        try:
            name, n = await asyncio.wait_for(queue.get(), timeout=timeout)
        except asyncio.TimeoutError:
            alarms += 1
            if alarms >= 2:
                return alarms
            continue
        last_seen[name] = n


async def main():
    queue = asyncio.Queue()
    sensors = [
        asyncio.create_task(sensor("boiler", 0.01, 3, queue)),
        asyncio.create_task(sensor("pump", 0.015, 2, queue)),
    ]
    alarms = await watchdog(queue, timeout=0.05)
    await asyncio.gather(*sensors)
    print("last seen", sorted(last_seen.items()), "alarms", alarms)


asyncio.run(main())
