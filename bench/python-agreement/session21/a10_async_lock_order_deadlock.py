# BUG: deadlock: two coroutines take two asyncio locks in opposite orders (shown by a time-out)
import asyncio


async def sync_a_to_b(lock_a, lock_b, log):
    async with lock_a:
        await asyncio.sleep(0.001)
        async with lock_b:
            log.append("a->b")


async def sync_b_to_a(lock_a, lock_b, log):
    async with lock_b:
        await asyncio.sleep(0.001)
        async with lock_a:
            log.append("b->a")


async def main():
    lock_a, lock_b = asyncio.Lock(), asyncio.Lock()
    log = []
    try:
        await asyncio.wait_for(
            asyncio.gather(sync_a_to_b(lock_a, lock_b, log), sync_b_to_a(lock_a, lock_b, log)),
            timeout=0.5,
        )
    except asyncio.TimeoutError:
        print("stuck; log =", log)
    assert len(log) == 2, "deadlock between the two syncs"


asyncio.run(main())
