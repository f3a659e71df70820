# refused: async with of an instance that has only __enter__/__exit__ (Python's TypeError)
import asyncio


class Plain:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return None


plain = Plain()


async def main():
    async with plain:
        await asyncio.sleep(0)


asyncio.run(main())
