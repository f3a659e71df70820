# check: a coroutine binds a global only in a branch not taken; main reads it (NameError)
import asyncio

flags = {"warm": 0}


async def warm_up():
    global cache
    await asyncio.sleep(0.001)
    if flags["warm"]:
        cache = {"ready": 1}


asyncio.run(warm_up())
print(cache)
