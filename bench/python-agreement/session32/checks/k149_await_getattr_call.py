# await getattr(obj, name)() of an async method picked by name.
import asyncio


class Service:
    def __init__(self):
        self.state = "idle"

    async def start(self):
        await asyncio.sleep(0)
        self.state = "running"


svc = Service()


async def main():
    await getattr(svc, "start")()


asyncio.run(main())
print(svc.state)
