"""Exceptions as values: where the exception object comes from (a handler, gather's list, a group's
members, a list it was kept in, a future's or task's exception()) crossed with what the program reads
of it (its text, repr, args, an attribute its class's __init__ sets, its class name, isinstance).
Run here: python3 gen.py; python3 ../cmp.py x_*.py > ../../results/excmatrix.txt"""
CLASSES = '''

class FetchError(Exception):
    def __init__(self, status, url):
        super().__init__(f"{url} failed")
        self.status = status
'''
READS = {
    "str": "str(@)",
    "repr": "repr(@)",
    "args0": "@.args[0]",
    "attr": "@.status",
    "classname": "type(@).__name__",
    "isinstance": "isinstance(@, FetchError)",
    "fstring": 'f"{@}!"',
}
RAISE = 'raise FetchError(404, f"/page/{n}")'
SOURCES = {
    "thread_handler": ("import threading\n", '''

def fetch(n):
    if n == 2:
        RAISE
    return n


def worker(n):
    try:
        log.append(fetch(n))
    except FetchError as e:
        log.append(READ_e)


threads = [threading.Thread(target=worker, args=(n,)) for n in (1, 2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
'''),
    "kept_in_list": ("import threading\n", '''
errors = []


def worker(n):
    try:
        if n == 2:
            RAISE
        log.append(n)
    except FetchError as e:
        errors.append(e)


threads = [threading.Thread(target=worker, args=(n,)) for n in (1, 2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for err in errors:
    log.append(READ_err)
'''),
    "gather_list": ("import asyncio\n", '''

async def fetch(n):
    await asyncio.sleep(0)
    if n == 2:
        RAISE
    return n


async def main():
    results = await asyncio.gather(fetch(1), fetch(2), return_exceptions=True)
    for r in results:
        if isinstance(r, Exception):
            log.append(READ_r)
        else:
            log.append(r)


asyncio.run(main())
'''),
    "group_members": ("import asyncio\n", '''

async def fetch(n):
    await asyncio.sleep(0)
    if n == 2:
        RAISE
    log.append(n)


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fetch(1))
            tg.create_task(fetch(2))
    except* FetchError as eg:
        for ex in eg.exceptions:
            log.append(READ_ex)


asyncio.run(main())
'''),
    "awaited_task": ("import asyncio\n", '''

async def fetch(n):
    await asyncio.sleep(0)
    if n == 2:
        RAISE
    return n


async def main():
    for n in (1, 2):
        task = asyncio.create_task(fetch(n))
        try:
            log.append(await task)
        except FetchError as e:
            log.append(READ_e)


asyncio.run(main())
'''),
    "future_result_handler": ("from concurrent.futures import ThreadPoolExecutor\n", '''

def fetch(n):
    if n == 2:
        RAISE
    return n


with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(fetch, n) for n in (1, 2)]
for f in futures:
    try:
        log.append(f.result())
    except FetchError as e:
        log.append(READ_e)
'''),
    "future_exception": ("from concurrent.futures import ThreadPoolExecutor\n", '''

def fetch(n):
    if n == 2:
        RAISE
    return n


with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(fetch, n) for n in (1, 2)]
for f in futures:
    exc = f.exception()
    if exc is None:
        log.append(f.result())
    else:
        log.append(READ_exc)
'''),
    "wait_task_exception": ("import asyncio\n", '''

async def fetch(n):
    await asyncio.sleep(0)
    if n == 2:
        RAISE
    return n


async def main():
    tasks = [asyncio.create_task(fetch(n)) for n in (1, 2)]
    await asyncio.wait(tasks)
    for t in tasks:
        exc = t.exception()
        if exc is None:
            log.append(t.result())
        else:
            log.append(READ_exc)


asyncio.run(main())
'''),
    "to_thread_handler": ("import asyncio\n", '''

def fetch(n):
    if n == 2:
        RAISE
    return n


async def main():
    for n in (1, 2):
        try:
            log.append(await asyncio.to_thread(fetch, n))
        except FetchError as e:
            log.append(READ_e)


asyncio.run(main())
'''),
    "saved_in_local": ("import threading\n", '''

def worker(n):
    err = None
    try:
        if n == 2:
            RAISE
        log.append(n)
    except FetchError as e:
        err = e
    if err is not None:
        log.append(READ_err)


threads = [threading.Thread(target=worker, args=(n,)) for n in (1, 2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
'''),
    "through_queue": ("import queue\nimport threading\n", '''
outbox = queue.Queue()


def worker(n):
    try:
        if n == 2:
            RAISE
        outbox.put(n)
    except FetchError as e:
        outbox.put(e)


threads = [threading.Thread(target=worker, args=(n,)) for n in (1, 2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for _ in range(2):
    r = outbox.get()
    if isinstance(r, FetchError):
        log.append(READ_r)
    else:
        log.append(r)
'''),
}
if __name__ == "__main__":
    for source, (imports, body) in SOURCES.items():
        for read, expression in READS.items():
            text = body.replace("RAISE", RAISE)
            for name in ("e", "err", "r", "ex", "exc"):
                text = text.replace(f"READ_{name})", expression.replace("@", name) + ")")
            program = f'"""An exception from {source}, read as `{expression.replace("@", "e")}`."""\n{imports}\nlog = []\n{CLASSES}{text}print(sorted(log, key=str))\n'
            with open(f"x_{source}__{read}.py", "w") as out:
                out.write(program)
