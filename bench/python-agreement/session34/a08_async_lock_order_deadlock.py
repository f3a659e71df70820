# BUG: two coroutines take two asyncio.Locks in opposite orders with an await between, so they deadlock;
# the program sees it through a wait_for timeout on the pair.
import asyncio

log = []
deadlocked = 0


async def sync_accounts(first, second, name):
    async with first:
        await asyncio.sleep(0)
        async with second:
            log.append(name)


async def main():
    global deadlocked
    left = asyncio.Lock()
    right = asyncio.Lock()
    pair = asyncio.gather(sync_accounts(left, right, "a"), sync_accounts(right, left, "b"))
    try:
        await asyncio.wait_for(pair, timeout=0.05)
    except asyncio.TimeoutError:
        deadlocked = 1
    print("log", log, "deadlocked", deadlocked)
    assert not deadlocked, "lock-order deadlock"


asyncio.run(main())
