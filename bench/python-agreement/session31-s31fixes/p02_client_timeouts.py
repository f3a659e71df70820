# A client whose request has its own short time-out, called under a longer wait_for; and an
# `asyncio.timeout` block whose body raises TimeoutError itself: both TimeoutErrors reach the
# caller's `except TimeoutError:` in CPython.
import asyncio

first = ""
second = ""


async def request(delay):
    await asyncio.wait_for(asyncio.sleep(delay), timeout=0.01)
    return "reply"


async def main():
    global first, second
    try:
        first = await asyncio.wait_for(request(1), timeout=2)
    except asyncio.TimeoutError:
        first = "request timed out"
    try:
        async with asyncio.timeout(2):
            await asyncio.sleep(0)
            raise TimeoutError()
    except TimeoutError:
        second = "raised inside"


asyncio.run(main())
print(first, second)
