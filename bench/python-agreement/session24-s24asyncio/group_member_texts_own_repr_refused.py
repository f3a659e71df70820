# The texts of a group's exceptions where the program defines `__repr__`: `repr(e)` would run the
# program's code. Refused.
import asyncio

log = []


class Missing(Exception):
    def __repr__(self):
        log.append("repr")
        return "Missing()"


async def fail():
    await asyncio.sleep(0.005)
    raise Missing()


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail())
    except* Missing as eg:
        print([repr(e) for e in eg.exceptions])


asyncio.run(main())
