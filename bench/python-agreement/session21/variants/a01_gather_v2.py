import asyncio


async def fetch_user(user_id):
    await asyncio.sleep(0.01 * (3 - user_id))
    return {"id": user_id, "name": f"user{user_id}"}


async def main():
    users = await asyncio.gather(*(fetch_user(i) for i in range(3)))
    for user in users:
        print(user["id"], user["name"])
    names = []
    for user in users:
        names.append(user["name"])
    print("names:", ", ".join(names))
    # gather keeps argument order even though user 2 finished first
    assert users[0]["id"] == 0
    by_id = {u["id"]: u for u in users}
    print("lookup 1:", by_id[1]["name"])


asyncio.run(main())
