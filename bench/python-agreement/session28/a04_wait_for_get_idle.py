import asyncio

handled: list[int] = []
idle_stops = 0
heartbeats = 0
heartbeat_cancelled = 0


async def heartbeat() -> None:
    global heartbeats, heartbeat_cancelled
    try:
        while True:
            await asyncio.sleep(0.02)
            heartbeats += 1
    except asyncio.CancelledError:
        heartbeat_cancelled += 1
        raise


async def consumer(queue: asyncio.Queue) -> None:
    global idle_stops
    while True:
        try:
            item = await asyncio.wait_for(queue.get(), timeout=0.05)
        except asyncio.TimeoutError:
            idle_stops += 1
            return
        handled.append(item)


async def main() -> None:
    queue: asyncio.Queue[int] = asyncio.Queue()
    beat = asyncio.create_task(heartbeat())
    worker = asyncio.create_task(consumer(queue))
    for i in range(3):
        await queue.put(i)
        await asyncio.sleep(0.01)
    await worker
    beat.cancel()
    try:
        await beat
    except asyncio.CancelledError:
        pass


asyncio.run(main())
print(f"handled={handled} idle_stops={idle_stops} heartbeat_cancelled={heartbeat_cancelled}")
assert handled == [0, 1, 2] and idle_stops == 1 and heartbeat_cancelled == 1
