import asyncio

ticks = 0
state = "idle"
flushed = 0


async def heartbeat(interval: float) -> None:
    global ticks, state, flushed
    state = "running"
    try:
        while True:
            await asyncio.sleep(interval)
            ticks += 1
    except asyncio.CancelledError:
        state = "cancelled"
        flushed = ticks
        raise
    finally:
        state += "+closed"


async def main() -> bool:
    task = asyncio.create_task(heartbeat(0.01))
    await asyncio.sleep(0.035)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        pass
    return task.cancelled()


was_cancelled = int(asyncio.run(main()))
print(f"ticks={ticks} state={state} flushed={flushed} cancelled={was_cancelled}")
assert state == "cancelled+closed" and was_cancelled == 1
