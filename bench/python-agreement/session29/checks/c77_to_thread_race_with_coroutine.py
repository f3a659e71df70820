# BUG: a coroutine and a to_thread worker both read-pause-write the same global
import asyncio
import time

balance = 100


def withdraw_in_thread():
    global balance
    seen = balance
    time.sleep(0.002)
    balance = seen - 30


async def withdraw_in_loop():
    global balance
    seen = balance
    await asyncio.sleep(0.002)
    balance = seen - 50


async def main():
    await asyncio.gather(asyncio.to_thread(withdraw_in_thread), withdraw_in_loop())


asyncio.run(main())
print(balance)
