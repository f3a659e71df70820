# BUG: a lost update: two TaskGroup tasks read a shared balance, yield, write it back; the body checks
# the balance mid-way, and a heartbeat logs when the group ends.
import asyncio

balance = 100
beats = 0
seen_mid = -1
at_end = -1


async def heartbeat():
    global beats
    while True:
        beats += 1
        await asyncio.sleep(0)


async def withdraw(amount, pause):
    global balance
    current = balance
    for _ in range(pause):
        await asyncio.sleep(0)
    balance = current - amount


async def main():
    global seen_mid, at_end
    hb = asyncio.create_task(heartbeat())
    async with asyncio.TaskGroup() as tg:
        tg.create_task(withdraw(30, 1))
        tg.create_task(withdraw(50, 3))
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        seen_mid = balance
    at_end = beats
    hb.cancel()


asyncio.run(main())
print(balance, seen_mid, at_end)
