# BUG: two coroutines take the same two asyncio locks in opposite orders with an await in between: deadlock;
# the supervisor notices only through its timeout
import asyncio

accounts = {"a": 100, "b": 100}
moved = []


async def transfer(first, second, src, dst, amount, name):
    async with first:
        await asyncio.sleep(0.001)  # audit log write
        async with second:
            accounts[src] -= amount
            accounts[dst] += amount
            moved.append(name)


async def main():
    lock_a = asyncio.Lock()
    lock_b = asyncio.Lock()
    try:
        await asyncio.wait_for(
            asyncio.gather(
                transfer(lock_a, lock_b, "a", "b", 30, "t1"),
                transfer(lock_b, lock_a, "b", "a", 10, "t2"),
            ),
            timeout=0.1,
        )
        return "ok"
    except asyncio.TimeoutError:
        return "deadlock"


status = asyncio.run(main())
print("status:", status, "moved:", moved)
print("accounts:", accounts, "sum:", sum(accounts.values()))
