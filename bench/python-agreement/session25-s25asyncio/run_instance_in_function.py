"""asyncio.run's instance inside a plain function, read there and its attribute returned."""
import asyncio


class Tally:
    def __init__(self, start):
        self.count = start

    async def add(self):
        await asyncio.sleep(0.001)
        self.count += 1


async def main():
    tally = Tally(5)
    await asyncio.gather(tally.add(), tally.add())
    return tally


def run():
    made = asyncio.run(main())
    return made.count * 2


doubled = run()
print(doubled)
