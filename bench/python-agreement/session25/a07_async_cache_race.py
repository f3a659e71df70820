# BUG: check-then-act across an await: two coroutines both miss the cache and both fetch
import asyncio

cache = {}
fetches = []


async def fetch_profile(user):
    fetches.append(user)
    await asyncio.sleep(0.01)
    return {"user": user, "plan": "pro"}


async def get_profile(user):
    if user not in cache:
        cache[user] = await fetch_profile(user)
    return cache[user]


async def main():
    a, b = await asyncio.gather(get_profile("ada"), get_profile("ada"))
    print(a["plan"], b["plan"], "fetches", len(fetches))
    assert len(fetches) == 1, "profile fetched twice"


asyncio.run(main())
