import asyncio


class ApiError(Exception):
    def __init__(self, code):
        super().__init__(f"status {code}")
        self.code = code


log = []


async def call(n):
    await asyncio.sleep(0)
    if n == 2:
        raise ApiError(404)
    return n


async def main():
    tasks = [asyncio.create_task(call(n)) for n in (1, 2)]
    await asyncio.wait(tasks)
    for t in tasks:
        exc = t.exception()
        log.append(exc.code if exc is not None else t.result())


asyncio.run(main())
print(log)  # ordered
