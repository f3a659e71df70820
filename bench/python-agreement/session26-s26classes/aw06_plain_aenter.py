# refused: __aenter__ written as a plain def (Python's TypeError at the await of its value)
import asyncio


class Wrong:
    def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        return None


async def main():
    async with Wrong():
        await asyncio.sleep(0)


asyncio.run(main())
