# BUG: order violation: the handler may run before the loader task has filled in the config, and then it uses the default
import asyncio

settings = {}


async def load_config():
    await asyncio.sleep(0)  # read the file
    settings["greeting"] = "Hello"
    settings["loaded"] = "yes"


async def handle(name, replies):
    greeting = settings.get("greeting", "Hi")
    replies.append(f"{greeting}, {name}")


async def main():
    replies = []
    loader = asyncio.create_task(load_config())
    handlers = [asyncio.create_task(handle(n, replies)) for n in ("ann", "bo")]
    await asyncio.gather(loader, *handlers)
    print(replies, "loaded", settings.get("loaded", "no"))


asyncio.run(main())
