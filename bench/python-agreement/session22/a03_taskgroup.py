import asyncio


async def load_user(uid):
    await asyncio.sleep(0.01)
    return {"id": uid, "name": f"user{uid}"}


async def load_orders(uid):
    await asyncio.sleep(0.02)
    return [uid * 10, uid * 10 + 1]


async def failing(uid):
    await asyncio.sleep(0.005)
    raise LookupError(f"no profile for {uid}")


async def main():
    async with asyncio.TaskGroup() as tg:
        user = tg.create_task(load_user(7))
        orders = tg.create_task(load_orders(7))
    print(user.result(), orders.result())

    try:
        async with asyncio.TaskGroup() as tg:
            slow = tg.create_task(load_orders(8))
            tg.create_task(failing(8))
    except* LookupError as eg:
        print("caught", [str(e) for e in eg.exceptions])
    print("slow cancelled:", slow.cancelled())


asyncio.run(main())
