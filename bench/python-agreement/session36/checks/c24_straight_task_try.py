"""Tasks made in a try: body: the first fails before the second's await; asyncio.run cancels the second."""
import asyncio

log = []


async def fetch(name, delay, fail):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise ConnectionError(name)
        log.append(name)
        return name
    except asyncio.CancelledError:
        log.append("cancel:" + name)
        raise


async def main():
    try:
        first = asyncio.create_task(fetch("a", 0.002, True))
        second = asyncio.create_task(fetch("b", 0.02, False))
        await first
        await second
    except ConnectionError:
        log.append("failed")


asyncio.run(main())
print(log)
