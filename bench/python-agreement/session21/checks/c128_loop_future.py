# an asyncio future resolved by call_later
import asyncio

value = 0


async def main():
    global value
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, 5)
    value = await fut


asyncio.run(main())
print(value)
