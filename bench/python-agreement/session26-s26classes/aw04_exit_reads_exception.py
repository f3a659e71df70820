# refused: an __aexit__ that reads the exception (a rollback) is not the finally: of the block
import asyncio

committed = 0


class Transaction:
    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        global committed
        if exc_type is None:
            committed += 1


async def main():
    async with Transaction():
        await asyncio.sleep(0)


asyncio.run(main())
print(committed)
