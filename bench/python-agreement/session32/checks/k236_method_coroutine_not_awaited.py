# An async method called without await inside a coroutine: the state is not changed.
import asyncio


class Store:
    def __init__(self):
        self.saved = 0

    async def save(self):
        await asyncio.sleep(0)
        self.saved += 1


store = Store()


async def main():
    store.save()
    await store.save()


asyncio.run(main())
print(store.saved)
