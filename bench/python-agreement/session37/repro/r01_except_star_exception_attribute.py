# A TaskGroup child raises a custom exception whose __init__ stores an attribute (`self.shard = shard`);
# `except* ShardError as eg` reads it from each exception of the group.
# CPython 3.11.7: log == [2] every run. weft (start binary): `fault` alone under "complete":
# the read `e.shard` of the group's exception fails in weft (trace: read _comprehension_e['shard'], raise again).
import asyncio


class ShardError(Exception):
    def __init__(self, shard):
        super().__init__(f"shard {shard} corrupt")
        self.shard = shard


log = []


async def load(shard):
    await asyncio.sleep(0)
    raise ShardError(shard)


async def main():
    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(load(2))
    except* ShardError as eg:
        for e in eg.exceptions:
            log.append(e.shard)


asyncio.run(main())
print(log)
