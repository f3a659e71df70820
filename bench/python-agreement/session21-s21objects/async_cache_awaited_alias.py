# no bug: one coroutine awaits get_config() as a statement (its result, the shared dict, is dropped) then writes through another name of the dict
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
    await get_config()
    cfg = _config
    cfg["region"] = "us"
    assert _config["region"] == "us"


asyncio.run(main())
