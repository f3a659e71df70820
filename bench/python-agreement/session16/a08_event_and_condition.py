# no bug: listeners wait on an Event; a Condition hands the config to readers after it is loaded
import asyncio

config = {}
readers_saw = []


async def loader(ready: asyncio.Event, cond: asyncio.Condition):
    await asyncio.sleep(0.01)
    async with cond:
        config["mode"] = "prod"
        cond.notify_all()
    ready.set()


async def reader(name, cond: asyncio.Condition):
    async with cond:
        await cond.wait_for(lambda: "mode" in config)
        readers_saw.append(f"{name}={config['mode']}")


async def listener(ready: asyncio.Event):
    await ready.wait()
    readers_saw.append("listener")


async def main():
    ready = asyncio.Event()
    cond = asyncio.Condition()
    await asyncio.gather(reader("r1", cond), reader("r2", cond), listener(ready), loader(ready, cond))


asyncio.run(main())
print(sorted(readers_saw))
assert len(readers_saw) == 3
