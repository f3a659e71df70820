# BUG: order violation: the handler task can run before the loader task has filled in the settings
import asyncio

settings = {}
handled = []


async def load_settings():
    await asyncio.sleep(0.001)  # read from the config service
    settings.update({"greeting": "hi", "limit": 2})


async def handle(request):
    greeting = settings.get("greeting", "<unset>")
    handled.append(f"{greeting} {request}")


async def main():
    loader = asyncio.create_task(load_settings())
    handlers = [asyncio.create_task(handle(r)) for r in ("bob", "eve")]
    results = await asyncio.gather(loader, *handlers, return_exceptions=True)
    errors = [r for r in results if isinstance(r, Exception)]
    print("handled:", handled)
    print("errors:", len(errors), "settings loaded:", bool(settings))


asyncio.run(main())
