"""asyncio.as_completed over coroutines, one failing on a dict's None: the loop catches it per item."""
import asyncio

READINGS = {"a": 30, "b": None, "c": 10}
hot = []
errors = 0


async def check(k, delay_ms):
    await asyncio.sleep(delay_ms / 1000)
    return k, READINGS[k] > 25


async def main():
    global errors
    for fut in asyncio.as_completed([check("a", 3), check("b", 1), check("c", 2)]):
        try:
            k, is_hot = await fut
            if is_hot:
                hot.append(k)
        except TypeError:
            errors += 1


asyncio.run(main())
print(hot, errors)
