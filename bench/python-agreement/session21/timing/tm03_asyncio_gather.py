import asyncio


async def call(service, ms):
    await asyncio.sleep(ms / 1000)
    return service


async def main():
    first = await asyncio.gather(call("auth", 40), call("profile", 60), call("ads", 20))
    second = await call("render", 30)
    print(first, second)


asyncio.run(main())
