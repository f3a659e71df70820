import asyncio
from collections import defaultdict

balances: defaultdict[str, int] = defaultdict(int)
lock = asyncio.Lock()


async def deposit(account: str, amount: int, times: int) -> None:
    for _ in range(times):
        async with lock:
            current = balances[account]
            await asyncio.sleep(0)
            balances[account] = current + amount


async def main() -> None:
    await asyncio.gather(*[deposit("ops", 5, 3) for _ in range(3)], deposit("dev", 2, 2))


asyncio.run(main())
ops = balances["ops"]
dev = balances["dev"]
print(f"ops={ops:>3} dev={dev:>3}")
assert ops == 45 and dev == 4
