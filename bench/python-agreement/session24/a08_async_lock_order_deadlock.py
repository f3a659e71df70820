# BUG: deadlock: two coroutines take two asyncio.Locks in opposite order with an await in between
import asyncio

log = []


async def sync_cache_to_db(cache_lock, db_lock):
    async with cache_lock:
        await asyncio.sleep(0.001)
        async with db_lock:
            log.append("cache->db")


async def sync_db_to_cache(cache_lock, db_lock):
    async with db_lock:
        await asyncio.sleep(0.001)
        async with cache_lock:
            log.append("db->cache")


async def main():
    cache_lock = asyncio.Lock()
    db_lock = asyncio.Lock()
    await asyncio.gather(sync_cache_to_db(cache_lock, db_lock), sync_db_to_cache(cache_lock, db_lock))


asyncio.run(main())
print(log)
