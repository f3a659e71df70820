# BUG: cache stampede: two coroutines miss the same key, both await the fetch, the backend is hit twice
import asyncio

cache = {}
fetch_count = {}


async def fetch_profile(user):
    fetch_count[user] = fetch_count.get(user, 0) + 1
    await asyncio.sleep(0.001)
    return f"profile:{user}"


async def get_profile(user):
    if user not in cache:
        cache[user] = await fetch_profile(user)
    return cache[user]


async def main():
    return await asyncio.gather(get_profile("u1"), get_profile("u1"), get_profile("u2"))


if __name__ == "__main__":
    profiles = asyncio.run(main())
    assert fetch_count["u1"] == 1, f"u1 fetched {fetch_count['u1']} times"
