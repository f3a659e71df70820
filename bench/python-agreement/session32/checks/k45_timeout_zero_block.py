# asyncio.timeout(0) around a body with one sleep(0): cancelled at that await; a body with no await is not.
import asyncio

first = ""
second = ""


async def main():
    global first, second
    try:
        async with asyncio.timeout(0):
            first = "no await"
    except TimeoutError:
        first = "timeout"
    try:
        async with asyncio.timeout(0):
            await asyncio.sleep(0)
            second = "passed"
    except TimeoutError:
        second = "timeout"


asyncio.run(main())
print(first, second)
