# BUG: double-checked init: get_config() checks the cache, awaits the load and then stores, so concurrent callers each load it
import asyncio

_config = {}
loads = 0


async def load_config():
    global loads
    loads += 1
    await asyncio.sleep(0.001)
    return {"region": "eu", "replicas": "3"}


async def get_config():
    if not _config:
        data = await load_config()
        _config.update(data)
    return _config


async def main():
    await asyncio.gather(get_config(), get_config(), get_config())


if __name__ == "__main__":
    asyncio.run(main())
    assert loads == 1, f"config loaded {loads} times"
