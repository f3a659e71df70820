# `except* ValueError as eg:` then `e.args[0]` of each exception of the group (a built-in class, no
# attribute of the program's own).
# CPython 3.11.7: log == ['bad 7'] every run. weft (start binary): `fault` alone under "complete"
# (`let args = e['args']` on the exception's tuple: TypeError). `str(e)` alone agrees.
import asyncio

log = []


async def run(job):
    await asyncio.sleep(0)
    raise ValueError(f"bad {job}")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(run(7))
    except* ValueError as eg:
        for e in eg.exceptions:
            log.append(e.args[0])


asyncio.run(main())
print(log)
