import asyncio

log = []


async def waiter(name, fut):
    value = await fut
    log.append((name, value))


async def main():
    fut = asyncio.get_running_loop().create_future()
    tasks = [asyncio.create_task(waiter(n, fut)) for n in ("a", "b")]
    await asyncio.sleep(0)
    log.append(("set", 0))
    fut.set_result(9)
    log.append(("after", fut.done()))
    await asyncio.gather(*tasks)


asyncio.run(main())
print(log)
