# BUG: duplicate work: the cache is checked before an await and filled after it, so concurrent misses all fetch
import asyncio

cache = {}
backend_calls = {}


async def fetch_user(user_id):
    backend_calls[user_id] = backend_calls.get(user_id, 0) + 1
    await asyncio.sleep(0.001)
    return {"id": user_id, "name": f"user{user_id}"}


async def get_user(user_id):
    if user_id in cache:
        return cache[user_id]
    user = await fetch_user(user_id)
    cache[user_id] = user
    return user


async def main():
    ids = [7, 7, 8, 7]
    users = await asyncio.gather(*(get_user(i) for i in ids))
    print("names:", [u["name"] for u in users])
    print("backend calls:", dict(sorted(backend_calls.items())))
    print("duplicates:", sum(n - 1 for n in backend_calls.values()))


asyncio.run(main())
