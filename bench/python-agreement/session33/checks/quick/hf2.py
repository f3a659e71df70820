import asyncio

result = []


async def setter(fut):
    fut.set_result(7)


async def main():
    fut = asyncio.get_running_loop().create_future()
    t = asyncio.create_task(setter(fut))
    result.append(await fut)
    await t


asyncio.run(main())
print(result)
