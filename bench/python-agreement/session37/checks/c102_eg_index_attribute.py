import asyncio


class ShardError(Exception):
    def __init__(self, shard):
        super().__init__(f"shard {shard}")
        self.shard = shard


log = []


async def load(shard):
    await asyncio.sleep(0)
    raise ShardError(shard)


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(load(5))
    except* ShardError as eg:
        log.append(eg.exceptions[0].shard)


asyncio.run(main())
print(log)  # ordered
