import asyncio


USED = {"total": 0}


class QuotaExceeded(Exception):
    pass


async def upload(name, size, quota, used):
    await asyncio.sleep(size / 1000)
    if used["total"] + size > quota:
        raise QuotaExceeded(name)
    used["total"] += size
    return name


async def sync_folder(files, quota):
    used = USED
    used["total"] = 0
    failed = []
    try:
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(upload(n, s, quota, used)) for n, s in files.items()]
    except* QuotaExceeded as group:
        failed = sorted(str(e) for e in group.exceptions)
    if failed:
        return "partial", used["total"], failed
    return "ok", used["total"], sorted(t.result() for t in tasks)


async def main():
    first = await sync_folder({"a.txt": 3, "b.txt": 5}, quota=100)
    second = await sync_folder({"c.bin": 4, "d.bin": 9, "e.bin": 30}, quota=10)
    print(first, second)


asyncio.run(main())
