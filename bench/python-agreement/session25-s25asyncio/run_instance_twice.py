"""Two runs of a coroutine that makes and returns an instance: two objects in Python (refused by weft)."""
import asyncio


class Box:
    def __init__(self):
        self.value = 0


async def main():
    box = Box()
    await asyncio.sleep(0.001)
    box.value += 1
    return box


first = asyncio.run(main())
second = asyncio.run(main())
first.value += 5
print(first.value, second.value)
