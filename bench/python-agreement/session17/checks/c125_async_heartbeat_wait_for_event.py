# no bug: the asyncio "sleep unless stopped" idiom: wait_for(stop.wait(), interval) in a heartbeat loop
import asyncio

beats = 0


async def heartbeat(stop: asyncio.Event) -> None:
    global beats
    while not stop.is_set():
        beats += 1
        try:
            await asyncio.wait_for(stop.wait(), timeout=0.010)
        except asyncio.TimeoutError:
            pass


async def main() -> None:
    stop = asyncio.Event()
    task = asyncio.create_task(heartbeat(stop))
    await asyncio.sleep(0.035)
    stop.set()
    await task


asyncio.run(main())
print("beats", beats)
