# asyncio.Condition with notify_all: runners wait at the start line until the starter fires.
import asyncio

finish_order = []
started = {"count": 0}


class Race:
    def __init__(self):
        self.cond = asyncio.Condition()
        self.go = False
        self.at_line = 0

    async def line_up(self, name, pace):
        async with self.cond:
            self.at_line += 1
            self.cond.notify_all()
            await self.cond.wait_for(lambda: self.go)
        started["count"] += 1
        await asyncio.sleep(pace)
        finish_order.append(name)

    async def starter(self, expected):
        async with self.cond:
            await self.cond.wait_for(lambda: self.at_line == expected)
            self.go = True
            self.cond.notify_all()


async def main():
    race = Race()
    runners = {"ann": 0.003, "bo": 0.001, "cy": 0.002}
    tasks = [asyncio.create_task(race.line_up(name, pace)) for name, pace in runners.items()]
    await race.starter(len(runners))
    await asyncio.gather(*tasks)
    return race.at_line


at_line = asyncio.run(main())
print(f"at_line={at_line} started={started['count']} finish={finish_order}")
