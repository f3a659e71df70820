import asyncio


async def fetch_user(user_id):
    await asyncio.sleep(0.01 * (3 - user_id))
    return {"id": user_id, "name": f"user{user_id}"}


async def main():
    users = await asyncio.gather(*(fetch_user(i) for i in range(3)))
    names = [u["name"] for u in users]
    print("names:", ", ".join(names))
    # gather keeps argument order even though user 2 finished first
    assert [u["id"] for u in users] == [0, 1, 2]
    print("first:", names[0], len(names))


asyncio.run(main())
