import asyncio


class Timeout(Exception):
    def __init__(self, after_ms):
        super().__init__()
        self.after_ms = after_ms


log = []


async def fetch():
    await asyncio.sleep(0)
    raise Timeout(after_ms=30)


async def main():
    try:
        await fetch()
    except Timeout as e:
        log.append(e.after_ms)
        log.append(len(e.args))


asyncio.run(main())
print(log)  # ordered
