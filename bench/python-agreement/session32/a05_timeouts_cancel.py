# Timeouts and cancellation: a slow query is cut off by wait_for, its cleanup runs in finally; a
# background heartbeat task is cancelled at the end and reports how many beats it sent.
import asyncio

events = []


async def query(name, delay):
    try:
        await asyncio.sleep(delay)
        return f"{name} rows"
    except asyncio.CancelledError:
        events.append(f"{name} cancelled")
        raise
    finally:
        events.append(f"{name} connection released")


async def heartbeat(counter):
    try:
        while True:
            counter["beats"] += 1
            await asyncio.sleep(0.01)
    except asyncio.CancelledError:
        events.append("heartbeat stopped")
        raise


async def main():
    counter = {"beats": 0}
    hb = asyncio.create_task(heartbeat(counter))
    fast = await asyncio.wait_for(query("fast", 0.005), timeout=0.1)
    try:
        slow = await asyncio.wait_for(query("slow", 1.0), timeout=0.025)
    except asyncio.TimeoutError:
        slow = None
    hb.cancel()
    try:
        await hb
    except asyncio.CancelledError:
        pass
    print("fast", fast, "slow", slow)
    print(events)
    print("beats", counter["beats"])


asyncio.run(main())
