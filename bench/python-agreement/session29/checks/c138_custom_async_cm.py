import asyncio

log = []


class Connection:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        await asyncio.sleep(0)
        log.append(1)
        return self

    async def __aexit__(self, *exc):
        await asyncio.sleep(0)
        log.append(3)
        return False


async def use(n):
    async with Connection(n):
        log.append(2)


async def main():
    await asyncio.gather(use("a"), use("b"))


asyncio.run(main())
print(log)
