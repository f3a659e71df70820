# check: asyncio.run cancels tasks still pending when main returns; their finally blocks run
import asyncio

log = []


async def background():
    try:
        log.append("bg start")
        await asyncio.sleep(1)
        log.append("bg end")
    finally:
        log.append("bg finally")


async def main():
    asyncio.create_task(background())
    await asyncio.sleep(0.005)
    log.append("main end")


asyncio.run(main())
print(log)
