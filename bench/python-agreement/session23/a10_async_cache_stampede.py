# BUG: check-then-act — concurrent requests for the same key all miss the cache and all fetch it
import asyncio

cache = {}
fetches = 0


async def fetch_user(uid):
    global fetches
    fetches += 1
    await asyncio.sleep(0.002)
    return {"id": uid, "name": f"user{uid}"}


async def get_user(uid):
    if uid not in cache:
        cache[uid] = await fetch_user(uid)
    return cache[uid]


async def main():
    users = await asyncio.gather(*(get_user(7) for _ in range(3)))
    print([u["name"] for u in users], "fetches", fetches)
    assert fetches == 1, "cache stampede"


asyncio.run(main())
