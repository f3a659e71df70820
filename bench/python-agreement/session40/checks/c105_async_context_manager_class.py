# Check: a class with __aenter__/__aexit__ used by two tasks; __aexit__ runs on exception. Bug: none.
import asyncio

log = []


class Session:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        await asyncio.sleep(0.001)
        log.append(f"open-{self.name}")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        log.append(f"close-{self.name}")
        return False


async def use(name, fail):
    try:
        async with Session(name):
            await asyncio.sleep(0.005 if name == "a" else 0.01)
            if fail:
                raise RuntimeError(name)
    except RuntimeError:
        log.append(f"err-{name}")


async def main():
    await asyncio.gather(use("a", False), use("b", True))


asyncio.run(main())
print(f"log={log}")
