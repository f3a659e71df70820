# BUG: check-then-act across an await: two coroutines both miss the cache and both fetch the same user
import asyncio

fetches = []


async def fetch_user(user_id):
    fetches.append(user_id)
    await asyncio.sleep(0.001)  # the database
    return {"id": user_id, "name": f"user{user_id}"}


class UserCache:
    def __init__(self):
        self.data = {}

    async def get(self, user_id):
        if user_id not in self.data:
            self.data[user_id] = await fetch_user(user_id)
        return self.data[user_id]


async def handler(cache, request_id, user_id):
    user = await cache.get(user_id)
    return request_id, user["name"]


async def main():
    cache = UserCache()
    responses = await asyncio.gather(
        handler(cache, 1, 7),
        handler(cache, 2, 7),
        handler(cache, 3, 8),
    )
    print("responses:", responses)
    print("fetches:", len(fetches), "cached:", sorted(cache.data))


asyncio.run(main())
