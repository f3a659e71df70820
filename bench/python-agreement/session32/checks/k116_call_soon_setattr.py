# loop.call_soon(setattr, obj, "x", 5).
import asyncio


class Box:
    def __init__(self):
        self.x = 0


box = Box()


async def main():
    asyncio.get_running_loop().call_soon(setattr, box, "x", 5)
    await asyncio.sleep(0)


asyncio.run(main())
print(box.x)
