# A TaskGroup of shard loaders: one shard fails, the group cancels the slower siblings, except* reports it.
import asyncio

loaded = []
cancelled = []


class ShardError(Exception):
    def __init__(self, shard):
        super().__init__(f"shard {shard} corrupt")
        self.shard = shard


async def load_shard(shard, delay, corrupt=False):
    try:
        await asyncio.sleep(delay)
        if corrupt:
            raise ShardError(shard)
        loaded.append(shard)
        return shard
    except asyncio.CancelledError:
        cancelled.append(shard)
        raise


async def main():
    failed = []
    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(load_shard(1, 0.001))
            group.create_task(load_shard(2, 0.002, corrupt=True))
            group.create_task(load_shard(3, 0.05))
            group.create_task(load_shard(4, 0.06))
    except* ShardError as eg:
        failed = [e.shard for e in eg.exceptions]
    return failed


failed = asyncio.run(main())
print(f"loaded={sorted(loaded)} failed={failed} cancelled={sorted(cancelled)}")
