# BUG: order violation: main uses the config after a single yield, assuming the loader task has finished
import asyncio

config: dict[str, str] = {}
region = ""


async def load_config() -> None:
    await asyncio.sleep(0.001)  # read the file
    config["region"] = "eu-west-1"
    config["tier"] = "gold"


async def main() -> None:
    global region
    asyncio.create_task(load_config())
    await asyncio.sleep(0)  # "let the loader run"
    region = config.get("region", "")
    assert region, "config used before it was loaded"


asyncio.run(main())
print(region)
