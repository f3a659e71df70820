"""A dropped await whose coroutine's return sits in an if."""
import asyncio

caught = []


async def parse(text):
    await asyncio.sleep(0)
    if text:
        return int(text)
    return 0


async def main():
    try:
        await parse("x")
        caught.append("no error")
    except ValueError:
        caught.append("caught")


asyncio.run(main())
print(caught)
