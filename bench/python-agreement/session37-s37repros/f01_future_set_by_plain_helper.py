"""A hand-made future resolved by a plain helper the coroutine calls directly: refused at the helper's
use of the future in words about the future (session36/repro/r03's words said "`async def`")."""
import asyncio

result = 0


def resolve(future, value):
    future.set_result(value * 2)


async def main():
    global result
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    resolve(done, 21)
    result = await done


asyncio.run(main())
print(result)
