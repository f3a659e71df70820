# CPython 3.11: at_ready=5 (every run). weft-start: at_ready=4 only, "complete". r03 in an application's form: a loader
# sets a `ready` Event, a server waits for it and returns; a heartbeat task counts loop passes meanwhile.
import asyncio

beats = 0
at_ready = -1
config = {}


async def heartbeat():
    global beats
    while True:
        beats += 1
        await asyncio.sleep(0)


async def loader(ready):
    await asyncio.sleep(0)
    config["db"] = "connected"
    ready.set()


async def server(ready):
    await ready.wait()
    config["server"] = "listening"


async def main():
    global at_ready
    hb = asyncio.create_task(heartbeat())
    ready = asyncio.Event()
    await asyncio.gather(loader(ready), server(ready))
    at_ready = beats
    hb.cancel()


asyncio.run(main())
print(at_ready, config)
