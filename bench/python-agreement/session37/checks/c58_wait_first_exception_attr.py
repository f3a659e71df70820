import asyncio


class StepError(Exception):
    def __init__(self, step):
        super().__init__(step)
        self.step = step


log = []


async def run(step, delay):
    await asyncio.sleep(delay)
    if step == "b":
        raise StepError(step)
    return step


async def main():
    tasks = [asyncio.create_task(run(s, d)) for s, d in (("a", 0.001), ("b", 0.002), ("c", 0.05))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    for t in pending:
        t.cancel()
    for t in tasks:
        if t in done and t.exception() is not None:
            log.append(t.exception().step)
    log.append(len(pending))


asyncio.run(main())
print(log)  # ordered
