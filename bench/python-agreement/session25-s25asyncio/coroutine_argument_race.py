# BUG: coroutine objects handed to a helper that makes them tasks; both read-modify-write `stock`
import asyncio

stock = 10
log = []


async def take(amount, delay):
    global stock
    seen = stock
    await asyncio.sleep(delay)
    stock = seen - amount
    return amount


async def supervised(name, coro, timeout):
    task = asyncio.create_task(coro)
    try:
        value = await asyncio.wait_for(task, timeout)
    except asyncio.TimeoutError:
        value = -1
    log.append(name)
    return value


async def main():
    return await asyncio.gather(supervised("a", take(3, 0.002), 1.0), supervised("b", take(4, 0.001), 1.0))


first, second = asyncio.run(main())
print(first, second, stock, log)
assert stock == 3, f"lost update: {stock}"
