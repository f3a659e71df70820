# BUG: lost update: the wallet coroutine reads the balance, awaits the fraud check, then writes the
# balance back; without the asyncio.Lock (left commented out) concurrent payments overwrite each other.
import asyncio

balance = 100
payments = []
lock = None


async def fraud_check(amount):
    await asyncio.sleep(0.001)
    return amount < 80


async def pay(merchant, amount):
    global balance
    # async with lock:   # the fix
    current = balance
    if await fraud_check(amount) and current >= amount:
        balance = current - amount
        payments.append((merchant, amount))


async def main():
    global lock
    lock = asyncio.Lock()
    await asyncio.gather(pay("cafe", 30), pay("books", 45), pay("taxi", 20))


asyncio.run(main())
spent = sum(amount for _, amount in payments)
print(f"balance={balance} spent={spent} payments={sorted(payments)}")
assert balance == 100 - spent, f"lost update: balance={balance} spent={spent}"
