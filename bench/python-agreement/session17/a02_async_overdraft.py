# bug: check-then-act across an await: two withdrawals both pass the balance check before either subtracts
import asyncio

balance = 100
declined = 0


async def withdraw(amount: int) -> None:
    global balance, declined
    if balance >= amount:
        await asyncio.sleep(0.001)  # ask the fraud service
        balance -= amount
    else:
        declined += 1


async def main():
    await asyncio.gather(withdraw(80), withdraw(60))
    print(f"balance={balance} declined={declined}")
    assert balance >= 0, "overdrawn"


if __name__ == "__main__":
    asyncio.run(main())
