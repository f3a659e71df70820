# async with a, b: an asyncio.Lock first, then an instance with __aenter__/__aexit__
import asyncio

log = []


class Span:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        log.append("enter " + self.name)
        await asyncio.sleep(0)

    async def __aexit__(self, exc_type, exc, tb):
        log.append("exit " + self.name)
        return False


lock = asyncio.Lock()
span = Span("db")


async def job(n):
    async with lock, span:
        log.append(f"job {n}")
        await asyncio.sleep(0.001)


async def main():
    await asyncio.gather(job(1), job(2))


asyncio.run(main())
print(log)
