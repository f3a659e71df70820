import asyncio
balance = 100
async def withdraw(amount):
    global balance
    if balance >= amount:
        await asyncio.sleep(0.01)
        balance -= amount
async def main():
    await asyncio.gather(withdraw(80), withdraw(80))
asyncio.run(main())
print(balance)
