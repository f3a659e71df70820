# asyncio.to_thread of a function that raises: the await raises it; a sibling coroutine still finishes
import asyncio

log = []


def parse(text):
    return int(text)


async def sibling():
    await asyncio.sleep(0)
    log.append("sibling")


async def main():
    s = asyncio.create_task(sibling())
    try:
        await asyncio.to_thread(parse, "x")
    except ValueError:
        log.append("parse failed")
    await s


asyncio.run(main())
print(sorted(log))
