# no bug: consumers wait on an asyncio.Event set by the loader
import asyncio

config_loaded = 0
readers_served = 0


async def loader(event):
    global config_loaded
    await asyncio.sleep(0.01)
    config_loaded = 1
    event.set()


async def reader(event):
    global readers_served
    await event.wait()
    assert config_loaded == 1
    readers_served += 1


async def main():
    event = asyncio.Event()
    await asyncio.gather(reader(event), reader(event), loader(event))


if __name__ == "__main__":
    asyncio.run(main())
