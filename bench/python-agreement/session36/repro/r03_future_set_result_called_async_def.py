"""Wrong words: a callback resolving a future of `loop.create_future()` with `set_result` is refused as
"`done.set_result` is `async def`: calling it without `await` makes a coroutine object" -- set_result
is a plain method of asyncio.Future, and nothing here is a coroutine. (Held-out a06_call_soon_later, 17:9.)
What would be right: the refusal of `loop.create_future()` (or of `set_result`) in its own words.

CPython 3.11: result = 7
weft (start binary of session 36): refused at 11:5 with the words above.
"""
import asyncio

result = 0


def finish(future):
    future.set_result(7)


async def main():
    global result
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    loop.call_soon(finish, done)
    result = await done


asyncio.run(main())
print(result)
