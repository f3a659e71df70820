# BUG: deadlock — two coroutines take two asyncio.Locks in opposite orders
import asyncio


async def sync_users(users_lock, orders_lock, log):
    async with users_lock:
        await asyncio.sleep(0.001)
        async with orders_lock:
            log.append("users")


async def sync_orders(users_lock, orders_lock, log):
    async with orders_lock:
        await asyncio.sleep(0.001)
        async with users_lock:
            log.append("orders")


async def main():
    users_lock, orders_lock = asyncio.Lock(), asyncio.Lock()
    log = []
    await asyncio.gather(
        sync_users(users_lock, orders_lock, log),
        sync_orders(users_lock, orders_lock, log),
    )
    print(log)


asyncio.run(main())
