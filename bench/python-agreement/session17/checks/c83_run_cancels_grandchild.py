# no bug: asyncio.run cancels every task still pending at the end, also one started by another task
import asyncio

cleaned = []


async def heartbeat():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        cleaned.append("heartbeat")
        raise


async def start_session():
    asyncio.create_task(heartbeat())
    await asyncio.sleep(0.001)


async def main():
    await start_session_task()


async def start_session_task():
    session = asyncio.create_task(start_session())
    await session


asyncio.run(main())
print(cleaned)
