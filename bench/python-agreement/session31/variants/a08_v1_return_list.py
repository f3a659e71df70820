# BUG: two coroutines miss the cache for the same key during the await and both load it (duplicate loads)
import asyncio

cache = {}
loads = {}


async def load_profile(user_id):
    loads[user_id] = loads.get(user_id, 0) + 1
    await asyncio.sleep(0.001)  # the database
    return {"id": user_id, "name": f"user{user_id}"}


async def get_profile(user_id):
    if user_id in cache:
        return cache[user_id]
    profile = await load_profile(user_id)
    cache[user_id] = profile
    return profile


async def handler(request_id, user_id):
    profile = await get_profile(user_id)
    return request_id, profile["name"]


async def main():
    requests = [(1, 7), (2, 7), (3, 8)]
    replies = await asyncio.gather(*(handler(r, u) for r, u in requests))
    return replies


replies = asyncio.run(main())
duplicate_loads = sum(n - 1 for n in loads.values())
print("replies:", replies)
print("loads:", loads, "duplicate_loads:", duplicate_loads)
