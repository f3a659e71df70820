# setattr in a coroutine after an await.
import asyncio


class Status:
    def __init__(self):
        self.phase = "new"


status = Status()


async def advance():
    await asyncio.sleep(0)
    setattr(status, "phase", "done")


asyncio.run(advance())
print(status.phase)
