# Graceful shutdown: a ticker runs until a stop Event, cleanup in finally; a cancelled helper counts its cleanup.
import asyncio

TICK = 0.01

ticks = 0
cleanups = []


async def ticker(stop):
    global ticks
    try:
        while not stop.is_set():
            ticks += 1
            await asyncio.sleep(TICK)
    finally:
        cleanups.append("ticker")


async def heartbeat():
    try:
        while True:
            await asyncio.sleep(TICK)
    except asyncio.CancelledError:
        cleanups.append("heartbeat")
        raise


async def main():
    stop = asyncio.Event()
    t = asyncio.create_task(ticker(stop))
    h = asyncio.create_task(heartbeat())
    await asyncio.sleep(TICK * 3 + TICK / 2)
    stop.set()
    await t
    h.cancel()
    try:
        await h
    except asyncio.CancelledError:
        cleanups.append("main saw cancel")


if __name__ == "__main__":
    asyncio.run(main())
    assert cleanups == ["ticker", "heartbeat", "main saw cancel"]
