# ordered
# A class with __aenter__/__aexit__ used by `async with`: a task cancelled inside runs __aexit__.
import asyncio

log = []


class Connection:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        log.append(f"open {self.name}")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        log.append(f"close {self.name}")
        return False


async def session(name):
    async with Connection(name):
        await asyncio.sleep(1)
        log.append("finished")


async def main():
    task = asyncio.create_task(session("db"))
    await asyncio.sleep(0.01)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        log.append("cancelled")


asyncio.run(main())
print(log)
