import asyncio


class ApiError(Exception):
    def __init__(self, code):
        super().__init__(f"status {code}")
        self.code = code


log = []


async def call(n):
    await asyncio.sleep(0)
    raise ApiError(n + 400)


async def main():
    task = asyncio.create_task(call(1))
    try:
        await task
    except ApiError as e:
        log.append(e.code)
        log.append(str(e))


asyncio.run(main())
print(log)  # ordered
