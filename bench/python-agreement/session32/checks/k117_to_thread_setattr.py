# asyncio.to_thread(setattr, obj, "x", 5).
import asyncio


class Box:
    def __init__(self):
        self.x = 0


box = Box()


async def main():
    await asyncio.to_thread(setattr, box, "x", 5)


asyncio.run(main())
print(box.x)
