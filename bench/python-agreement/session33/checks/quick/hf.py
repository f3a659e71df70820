import asyncio

result = []


async def main():
    fut = asyncio.get_running_loop().create_future()

    async def setter():
        fut.set_result(7)

    t = asyncio.create_task(setter())
    result.append(await fut)
    await t


asyncio.run(main())
print(result)
